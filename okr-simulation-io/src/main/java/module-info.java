/**
 * Simulation spec files and simulation result exports: {@link
 * org.okrkit.simulation.SimulationSpec}s and {@link org.okrkit.simulation.WorkforceSpec}s read from
 * and written to JSON and YAML in okrkit's file format (the plan and policy files a spec names
 * resolved as the host allows), and {@link org.okrkit.simulation.SimulationResult}s and {@link
 * org.okrkit.simulation.WorkforceResult}s exported as JSON, CSV, Markdown and SVG images. It joins
 * okr-simulation and okr-io, which do not depend on each other, through okr-io's public document
 * API.
 */
module org.okrkit.simulation.io {
  requires transitive org.okrkit.simulation;
  requires transitive org.okrkit.io;
  requires static com.google.errorprone.annotations;

  exports org.okrkit.simulation.io;
}
