package org.okrkit.scoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.scoring.testing.PolicyArbitraries;

/**
 * Random portable policies ({@link PolicyArbitraries}), every setting now and then away from its
 * default and every built-in and host kind among the strategies, aggregations and paces, go to
 * specs and back.
 */
class PolicySpecProperties {

  @Provide
  Arbitrary<ScoringPolicy> policies() {
    PolicyArbitraries.Extensions host =
        new PolicyArbitraries.Extensions(
            List.of(
                PolicyArbitraries.parameters()
                    .map(p -> StrategySpec.Named.of("share", p).strategy(HostKinds.ALL))),
            List.of(
                PolicyArbitraries.parameters()
                    .map(p -> AggregationSpec.Named.of("top", p).aggregation(HostKinds.ALL))),
            List.of(
                PolicyArbitraries.parameters()
                    .map(p -> PaceSpec.Named.of("late", p).pace(HostKinds.ALL))));
    return PolicyArbitraries.policies(host);
  }

  @Property(tries = 300)
  void aSpecRebuildsAnEqualPolicy(@ForAll("policies") ScoringPolicy policy) {
    PolicySpec spec = PolicySpec.of(policy);
    ScoringPolicy rebuilt = spec.policy(HostKinds.ALL);
    assertEquals(policy, rebuilt);
    assertEquals(policy.toString(), rebuilt.toString());
    assertEquals(spec, PolicySpec.of(rebuilt));
  }

  @Property(tries = 300)
  void aSerializedSpecRebuildsAnEqualPolicy(@ForAll("policies") ScoringPolicy policy) {
    PolicySpec spec = PolicySpec.of(policy);
    PolicySpec read = (PolicySpec) PolicySpecTest.serialized(spec);
    assertEquals(spec, read);
    assertEquals(spec.hashCode(), read.hashCode());
    assertEquals(spec.toString(), read.toString());
    ScoringPolicy rebuilt = read.policy(HostKinds.ALL);
    assertEquals(policy, rebuilt);
    assertEquals(policy.toString(), rebuilt.toString());
  }

  @Property(tries = 200)
  void equalPoliciesGiveEqualSpecsAndTheSameBytes(@ForAll("policies") ScoringPolicy policy) {
    // rebuilt: equal, but every named strategy, aggregation and pace a new object
    ScoringPolicy same = PolicySpec.of(policy).policy(HostKinds.ALL);
    PolicySpec a = PolicySpec.of(policy);
    PolicySpec b = PolicySpec.of(same);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.toString(), b.toString());
    assertArrayEquals(PolicySpecTest.bytes(a), PolicySpecTest.bytes(b));
  }
}
