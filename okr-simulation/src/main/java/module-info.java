/**
 * Monte Carlo comparison of scoring policies: simulated people with latent ability and effort,
 * outcomes with noise, agent behaviour that responds to the policy, and metrics of each policy's
 * validity, reliability and incentives over many trials.
 */
module org.okrkit.simulation {
  requires transitive org.okrkit.scoring;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;

  exports org.okrkit.simulation;
}
