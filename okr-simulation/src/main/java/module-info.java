/**
 * Monte Carlo studies of scoring policies: simulated people with latent ability and effort,
 * outcomes with noise, agent behaviour that responds to the policy, and metrics of each policy's
 * validity, reliability and incentives over many trials; and workforce dynamics, what personnel
 * decisions taken on a policy's ratings do to a workforce over many periods.
 */
module org.okrkit.simulation {
  requires transitive org.okrkit.scoring;
  requires static org.immutables.value;
  requires static com.google.errorprone.annotations;

  exports org.okrkit.simulation;
}
