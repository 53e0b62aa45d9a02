package com.myorg.auth;

import java.time.Duration;
import java.time.Instant;

/** The auth service: issues tokens that live as long as config/auth.yaml says. */
public final class AuthService {

  /** {@code token_expiry} of config/auth.yaml. */
  public static final Duration TOKEN_EXPIRY = Duration.ofSeconds(3600);

  private AuthService() {}

  /** When a token issued at {@code issuedAt} stops being accepted. */
  public static Instant expiresAt(Instant issuedAt) {
    return issuedAt.plus(TOKEN_EXPIRY);
  }

  public static void main(String[] args) {
    Instant issuedAt = args.length > 0 ? Instant.parse(args[0]) : Instant.now();
    System.out.println("token issued at " + issuedAt + " expires at " + expiresAt(issuedAt));
  }
}
