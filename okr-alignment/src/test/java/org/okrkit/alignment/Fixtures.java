package org.okrkit.alignment;

import java.util.List;
import org.okrkit.core.Contribution;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Level;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.Unit;

/**
 * Minimal plans for the rules' tests. {@link #base()} is a small, fully aligned organisation that
 * no built-in rule reports anything about:
 *
 * <pre>
 * acme (COMPANY)
 *   sales (DEPARTMENT)
 *     team-a (TEAM)        sets O1 with KR1
 *       alice (INDIVIDUAL) holds K1, supporting KR1
 *     team-b (TEAM)
 *       bob (INDIVIDUAL)
 * </pre>
 */
final class Fixtures {
  static final Period QUARTER = Period.quarter(2026, 2);

  private Fixtures() {}

  static Plan.Builder base() {
    return Plan.builder()
        .name("Base")
        .period(QUARTER)
        .addOwners(
            Owner.of("acme", "Acme", Level.COMPANY),
            Owner.of("sales", "Sales", Level.DEPARTMENT, "acme"),
            Owner.of("team-a", "Team A", Level.TEAM, "sales"),
            Owner.of("alice", "Alice", Level.INDIVIDUAL, "team-a"),
            Owner.of("team-b", "Team B", Level.TEAM, "sales"),
            Owner.of("bob", "Bob", Level.INDIVIDUAL, "team-b"))
        .addObjectives(Objective.of("O1", "Win customers", "team-a"))
        .addKeyResults(keyResult("KR1", "O1", "new customers"))
        .addKpis(kpi("K1", "alice", "customer calls", "KR1"));
  }

  /** A key result of weight 1 on an increasing count from 0 to 10. */
  static KeyResult keyResult(String id, String objective, String measure) {
    return KeyResult.of(
        id,
        objective,
        "Key result " + id,
        Measure.increasing(measure, Unit.COUNT),
        Target.increase(0, 10));
  }

  /**
   * A monthly KPI on an increasing count from 0 to 5, contributing with weight 1 to each key
   * result.
   */
  static Kpi kpi(String id, String owner, String measure, String... keyResults) {
    Kpi.Builder k =
        Kpi.builder()
            .id(id)
            .ownerId(owner)
            .title("KPI " + id)
            .measure(Measure.increasing(measure, Unit.COUNT))
            .target(Target.increase(0, 5));
    for (String kr : keyResults) {
      k.addContribution(Contribution.to(kr));
    }
    return k.build();
  }

  /** The findings of one rule alone, in report order. */
  static List<Finding> findings(AlignmentRule rule, Plan plan) {
    return findings(rule, plan, AlignmentConfig.defaults());
  }

  /** The findings of one rule alone with a configuration, in report order. */
  static List<Finding> findings(AlignmentRule rule, Plan plan, AlignmentConfig config) {
    return words(
        AlignmentAnalyzer.builder().addRule(rule).config(config).build().analyze(plan).findings());
  }

  /** The findings of the default analyzer. */
  static List<Finding> defaultFindings(Plan plan) {
    return words(AlignmentAnalyzer.defaults().analyze(plan).findings());
  }

  /**
   * The findings as a reader sees them: code, severity, ids, message and hint, without the template
   * and arguments they were written from (which {@code FindingTemplatesTest} checks), so that tests
   * can state them as {@link Finding#of} does.
   */
  static List<Finding> words(List<Finding> findings) {
    return findings.stream().map(Fixtures::words).collect(java.util.stream.Collectors.toList());
  }

  /** The finding as a reader sees it (see {@link #words(List)}). */
  static Finding words(Finding f) {
    return Finding.of(f.code(), f.severity(), f.ids(), f.message(), f.hint());
  }
}
