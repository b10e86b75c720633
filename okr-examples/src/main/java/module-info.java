/**
 * The seed article's cases as runnable examples of the okrkit API, and the {@code okr} command-line
 * tool ({@code org.okrkit.examples.cli.Okr}), which reads plan files and scores, explains, checks
 * and reports on them.
 */
module org.okrkit.examples {
  requires org.okrkit.core;
  requires org.okrkit.scoring;
  requires org.okrkit.io;
  requires org.okrkit.simulation.io;
  requires info.picocli;

  exports org.okrkit.examples;
  // picocli fills the commands' options by reflection
  opens org.okrkit.examples.cli to
      info.picocli;
}
