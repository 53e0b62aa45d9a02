package com.myorg.backendbase;

/** The paging rule of config/api.yaml, applied to a page size a client asked for. */
public final class Pagination {

  public static final int DEFAULT_PAGE_SIZE = 20;
  public static final int MAX_PAGE_SIZE = 100;

  private Pagination() {}

  /** The page size to serve: the default when none (or nonsense) was asked, never above the cap. */
  public static int pageSize(Integer requested) {
    if (requested == null || requested < 1) {
      return DEFAULT_PAGE_SIZE;
    }
    return Math.min(requested, MAX_PAGE_SIZE);
  }

  public static void main(String[] args) {
    System.out.println(pageSize(args.length > 0 ? Integer.valueOf(args[0]) : null));
  }
}
