/**
 * The {@code okr} command line ({@code org.okrkit.cli.Okr}): validates, scores, explains, analyses,
 * reports on and simulates plan files. An application, not an API: it exports nothing, and its
 * shaded jar ({@code okr.jar}) runs on the class path.
 */
module org.okrkit.cli {
  requires org.okrkit.core;
  requires org.okrkit.scoring;
  requires org.okrkit.io;
  requires org.okrkit.tables;
  requires org.okrkit.simulation.io;
  requires info.picocli;

  // picocli fills the commands' options by reflection
  opens org.okrkit.cli to
      info.picocli;
}
