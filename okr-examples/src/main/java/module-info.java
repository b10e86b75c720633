/** The seed article's cases as runnable examples of the okrkit API. */
module org.okrkit.examples {
  requires org.okrkit.core;
  requires org.okrkit.scoring;

  exports org.okrkit.examples;
}
