/**
 * The okrkit file format: plans and scoring policies read from and written to JSON and YAML, with
 * every problem reported at its line, column and path; scorecards and alignment reports exported as
 * JSON, CSV and Markdown; plan tables as folders of CSV files ({@link
 * org.okrkit.io.PlanTableFiles}); the HTML report of a scorecard with its alignment findings
 * ({@link org.okrkit.io.HtmlReport}); and the document machinery these are made with ({@code
 * org.okrkit.io.document}), for formats defined in other modules. Jackson is used through its
 * streaming API only: nothing is bound by reflection, so no package is opened and no type
 * information is ever taken from the input.
 */
module org.okrkit.io {
  requires transitive org.okrkit.scoring;
  requires transitive org.okrkit.alignment;
  requires transitive org.okrkit.tables;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires com.fasterxml.jackson.dataformat.csv;
  requires org.yaml.snakeyaml;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;

  exports org.okrkit.io;
  exports org.okrkit.io.document;
}
