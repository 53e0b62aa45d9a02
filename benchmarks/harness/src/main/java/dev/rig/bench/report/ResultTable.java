package dev.rig.bench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The table every run ends with, in Markdown so that it can be pasted into docs/benchmarks.md as
 * it is, followed by the machine it was measured on.
 */
public final class ResultTable {

  private final List<Row> rows = new ArrayList<>();

  public void add(Row row) {
    rows.add(row);
  }

  public void addAll(List<Row> more) {
    rows.addAll(more);
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  public String render(Machine machine, String settings, String loadBefore, String loadAfter, String duration) {
    StringBuilder text = new StringBuilder();
    text.append("| # | figure | value | target | result |\n");
    text.append("|---|---|---|---|---|\n");
    List<Row> ordered = new ArrayList<>(rows);
    // Figure by figure: the JMH rows (1b, 3b) are measured last but belong under their figure.
    ordered.sort(java.util.Comparator.comparing(Row::id));
    for (Row row : ordered) {
      text.append("| ")
          .append(row.id()).append(" | ")
          .append(escape(row.figure())).append(" | ")
          .append(escape(row.value())).append(" | ")
          .append(escape(row.target())).append(" | ")
          .append(row.verdict() == Verdict.FAIL || row.verdict() == Verdict.PASS
              ? "**" + row.verdict().label() + "**"
              : row.verdict().label())
          .append(" |\n");
    }
    text.append('\n');
    text.append("- JVM of the timed processes: ").append(machine.jvm()).append('\n');
    text.append("- machine: ").append(machine.cpu()).append(", ").append(machine.cores()).append(" cores, ")
        .append(machine.memory()).append(" memory, ").append(machine.os()).append('\n');
    text.append("- settings: ").append(settings).append("; took ").append(duration).append('\n');
    text.append("- load average (1/5/15 min) before: ").append(loadBefore).append(", after: ").append(loadAfter)
        .append('\n');
    return text.toString();
  }

  private static String escape(String cell) {
    return cell.replace("|", "\\|").replace("\n", "<br>");
  }
}
