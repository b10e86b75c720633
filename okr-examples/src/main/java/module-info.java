/**
 * The seed article's cases as runnable examples of the okrkit API. The {@code okr} command line is
 * in okr-cli.
 */
module org.okrkit.examples {
  requires org.okrkit.core;
  requires org.okrkit.scoring;
  requires org.okrkit.alignment;
  requires org.okrkit.io;

  exports org.okrkit.examples;
}
