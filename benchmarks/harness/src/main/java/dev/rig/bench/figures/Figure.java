package dev.rig.bench.figures;

import dev.rig.bench.Context;
import dev.rig.bench.report.Row;
import java.util.List;

/** One figure of issue 8: measures, then returns its rows of the table. */
public interface Figure {

  /** Its number in issue 8. */
  String id();

  /** What it measures, as the table's first row names it when it cannot be measured. */
  String title();

  String target();

  List<Row> run(Context context);
}
