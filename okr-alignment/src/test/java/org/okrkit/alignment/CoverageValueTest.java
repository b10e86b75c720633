package org.okrkit.alignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.alignment.Fixtures.base;
import static org.okrkit.alignment.Fixtures.keyResult;
import static org.okrkit.alignment.Fixtures.kpi;

import com.google.common.testing.EqualsTester;
import java.util.AbstractMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;

/** {@link Coverage} as a value, and its maps as maps. */
class CoverageValueTest {

  /**
   * The base plan with objective O2 of sales, half backed: KR2 by K2, KR3 by nothing. Owners acme,
   * the first, and bob set no objectives.
   */
  static Plan halfBacked() {
    return base()
        .addObjectives(Objective.of("O2", "Keep customers", "sales"))
        .addKeyResults(keyResult("KR2", "O2", "renewals"), keyResult("KR3", "O2", "referrals"))
        .addKpis(kpi("K2", "bob", "calls back", "KR2"))
        .build();
  }

  final Coverage coverage = AlignmentGraph.of(halfBacked()).coverage();

  @Test
  void theFiguresAreMapsInPlanOrder() {
    assertEquals(0.75, coverage.plan());
    assertEquals(List.of("O1", "O2"), List.copyOf(coverage.objectives().keySet()));
    assertEquals(List.of("KR1", "KR2", "KR3"), List.copyOf(coverage.keyResults().keySet()));
    assertEquals(List.of("sales", "team-a"), List.copyOf(coverage.owners().keySet()));
    assertEquals(List.of(0.5, 1.0), List.copyOf(coverage.owners().values()));
    assertEquals(
        "Coverage{plan=0.75, objectives={O1=1.0, O2=0.5}, keyResults={KR1=1.0, KR2=1.0, KR3=0.0},"
            + " owners={sales=0.5, team-a=1.0}}",
        coverage.toString());
  }

  @Test
  void theMapsAnswerLookupsForTheirOwnKeysOnly() {
    Map<String, Double> owners = coverage.owners();
    assertEquals(2, owners.size());
    assertTrue(owners.containsKey("sales"));
    assertTrue(owners.containsKey("team-a"));
    // acme is the plan's first owner and bob an owner too, but neither sets an objective
    assertFalse(owners.containsKey("acme"));
    assertNull(owners.get("acme"));
    assertFalse(owners.containsKey("bob"));
    assertNull(owners.get("bob"));
    assertFalse(owners.containsKey("O1"));
    assertEquals(0.5, owners.get("sales"));

    Map<String, Double> objectives = coverage.objectives();
    assertTrue(objectives.containsKey("O1"));
    assertFalse(objectives.containsKey("KR1"));
    assertFalse(objectives.containsKey(null));
    assertFalse(objectives.containsKey(1));
    assertNull(objectives.get(0));
    assertNull(objectives.get(null));
    assertEquals(1.0, objectives.get("O1"));
    assertTrue(coverage.keyResults().containsKey("KR1"));
    assertEquals(0.0, coverage.keyResults().get("KR3"));
  }

  @Test
  void theEntriesAreASetOfTheFigures() {
    var entries = coverage.keyResults().entrySet();
    assertEquals(3, entries.size());
    assertTrue(entries.contains(Map.entry("KR1", 1.0)));
    assertTrue(entries.contains(new AbstractMap.SimpleEntry<>("KR3", 0.0)));
    assertFalse(entries.contains(Map.entry("KR3", 1.0)));
    assertFalse(entries.contains(Map.entry("KR3", -0.0)));
    assertFalse(entries.contains(Map.entry("O1", 1.0)));
    assertFalse(entries.contains("KR1"));
    assertTrue(coverage.owners().entrySet().contains(Map.entry("sales", 0.5)));
    assertFalse(coverage.owners().entrySet().contains(Map.entry("acme", 0.5)));

    Iterator<Map.Entry<String, Double>> it = coverage.objectives().entrySet().iterator();
    assertEquals(Map.entry("O1", 1.0), it.next());
    assertEquals(Map.entry("O2", 0.5), it.next());
    assertFalse(it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
  }

  @Test
  void theMapsEqualAnyMapOfTheSameEntries() {
    Map<String, Double> same = new LinkedHashMap<>();
    same.put("KR3", 0.0);
    same.put("KR1", 1.0);
    same.put("KR2", 1.0);
    new EqualsTester()
        .addEqualityGroup(coverage.keyResults(), same, Map.copyOf(same))
        .addEqualityGroup(coverage.objectives(), Map.of("O1", 1.0, "O2", 0.5))
        .addEqualityGroup(Map.of("O1", 1.0, "O2", 0.25))
        .testEquals();
    assertEquals(same.toString(), "{KR3=0.0, KR1=1.0, KR2=1.0}");
    assertEquals("{KR1=1.0, KR2=1.0, KR3=0.0}", coverage.keyResults().toString());
  }

  @Test
  void coveragesAreEqualForEqualFigures() {
    Plan reordered =
        base()
            .addKpis(kpi("K2", "bob", "calls back", "KR2"))
            .addKeyResults(keyResult("KR3", "O2", "referrals"), keyResult("KR2", "O2", "renewals"))
            .addObjectives(Objective.of("O2", "Keep customers", "sales"))
            .build();
    Plan unbacked = base().addObjectives(Objective.of("O2", "Keep customers", "sales")).build();
    Plan otherOwner =
        base()
            .addOwners(Owner.of("carl", "Carl", Level.TEAM, "sales"))
            .addObjectives(Objective.of("O2", "Keep customers", "carl"))
            .addKeyResults(keyResult("KR2", "O2", "renewals"), keyResult("KR3", "O2", "referrals"))
            .addKpis(kpi("K2", "bob", "calls back", "KR2"))
            .build();
    Plan otherKeyResult =
        base()
            .addObjectives(Objective.of("O2", "Keep customers", "sales"))
            .addKeyResults(keyResult("KR2", "O2", "renewals"), keyResult("KR4", "O2", "referrals"))
            .addKpis(kpi("K2", "bob", "calls back", "KR2"))
            .build();
    Coverage again = AlignmentGraph.of(halfBacked()).coverage();
    new EqualsTester()
        .addEqualityGroup(coverage, again, AlignmentGraph.of(reordered).coverage())
        .addEqualityGroup(AlignmentGraph.of(unbacked).coverage())
        .addEqualityGroup(AlignmentGraph.of(otherOwner).coverage())
        .addEqualityGroup(AlignmentGraph.of(otherKeyResult).coverage())
        .addEqualityGroup(AlignmentGraph.of(base().build()).coverage())
        .testEquals();
    // the same plan figure with other maps, and other objectives with the same plan figure
    assertEquals(coverage.plan(), AlignmentGraph.of(otherOwner).coverage().plan());
    assertEquals(coverage.objectives(), AlignmentGraph.of(otherKeyResult).coverage().objectives());
    assertEquals(coverage.owners(), AlignmentGraph.of(otherKeyResult).coverage().owners());
    assertEquals(coverage.plan(), AlignmentGraph.of(otherKeyResult).coverage().plan());
  }

  /** Coverage hashes as the value type it was generated as before did, so reports hash the same. */
  @Test
  void coverageHashesAsItAlwaysHas() {
    for (Coverage c :
        List.of(
            coverage,
            AlignmentGraph.of(base().build()).coverage(),
            AlignmentGraph.of(base().addObjectives(Objective.of("O0", "Idle", "bob")).build())
                .coverage())) {
      int h = 5381;
      h += (h << 5) + Double.hashCode(c.plan());
      h += (h << 5) + c.objectives().hashCode();
      h += (h << 5) + c.keyResults().hashCode();
      h += (h << 5) + c.owners().hashCode();
      assertEquals(h, c.hashCode(), c::toString);
    }
  }
}
