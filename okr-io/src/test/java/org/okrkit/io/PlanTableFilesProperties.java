package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.okrkit.core.Plan;
import org.okrkit.io.testing.HistoryPlans;
import org.okrkit.tables.AssembledPlans;
import org.okrkit.tables.PlanKey;

/**
 * A plan written as a folder of CSV tables reads back equal: random plans with a history (revisions
 * of every kind, corrections, authors, duplicates), absent key-result weights, support-only links,
 * and texts with commas, quotes, line breaks and leading blanks; several plans in one folder each
 * under its key.
 */
class PlanTableFilesProperties {
  private Path dir = Path.of(".");

  @BeforeProperty
  void makeFolder() throws IOException {
    dir = Files.createTempDirectory("plan-tables");
  }

  @AfterProperty
  void removeFolder() throws IOException {
    try (var all = Files.walk(dir)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Provide
  Arbitrary<Plan> plans() {
    return HistoryPlans.plans();
  }

  @Provide
  Arbitrary<List<Plan>> planLists() {
    return HistoryPlans.plans().list().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 200)
  void writingThenReadingTablesGivesAnEqualPlan(@ForAll("plans") Plan plan) {
    Path folder = dir.resolve("tables");
    PlanTableFiles.write(folder, PlanKey.of("acme", "2026-Q2"), plan);
    assertEquals(plan, PlanTableFiles.readPlan(folder));
  }

  @Property(tries = 50)
  void severalPlansShareOneFolder(@ForAll("planLists") List<Plan> plans) {
    ImmutableMap.Builder<PlanKey, Plan> keyed = ImmutableMap.builder();
    for (int i = 0; i < plans.size(); i++) {
      keyed.put(PlanKey.of("tenant-" + i % 2, "plan, \"" + i + "\""), plans.get(i));
    }
    ImmutableMap<PlanKey, Plan> expected = keyed.buildOrThrow();
    Path folder = dir.resolve("many");
    PlanTableFiles.write(folder, expected);
    AssembledPlans read = PlanTableFiles.read(folder);
    assertTrue(read.isClean(), () -> read.problems().toString());
    assertEquals(expected, read.plans());
  }
}
