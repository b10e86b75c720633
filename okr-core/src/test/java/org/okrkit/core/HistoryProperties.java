package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.okrkit.testing.PlanArbitraries;

/** Laws of check-in streams and revisions over generated plans. */
class HistoryProperties {

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  /** The plan's check-ins followed by duplicates, same-day values and corrections of them. */
  static List<CheckIn> stream(Plan plan, long seed) {
    Random r = new Random(seed);
    List<CheckIn> all = new ArrayList<>(plan.checkIns());
    int extra = all.isEmpty() ? 0 : r.nextInt(2 * all.size() + 1);
    for (int i = 0; i < extra; i++) {
      CheckIn base = all.get(r.nextInt(all.size()));
      Target target = plan.targetAt(base.elementId(), base.date());
      double value =
          target.kind() == Target.Kind.MILESTONES
              ? 1 - base.value()
              : base.value() + 1 + r.nextInt(5);
      switch (r.nextInt(3)) {
        case 0:
          all.add(base); // a duplicate
          break;
        case 1:
          all.add(base.withValue(value)); // another value the same day
          break;
        default:
          all.add(base.withValue(value).withCorrection(true));
      }
    }
    return all;
  }

  @Property
  void appendingOneByOneEqualsBuildingWithAllOnStreamsWithDuplicatesAndCorrections(
      @ForAll("plans") Plan plan, @ForAll long seed) {
    List<CheckIn> stream = stream(plan, seed);
    Plan built = plan.toBuilder().from(plan).build();
    Plan.Builder all = plan.toBuilder();
    Plan bare = stripped(plan);
    Plan oneByOne = bare;
    for (CheckIn c : stream) {
      oneByOne = oneByOne.withCheckIn(c);
    }
    Plan atOnce = stripped(plan).toBuilder().addAllCheckIns(stream).build();
    assertEquals(atOnce, oneByOne);
    assertEquals(atOnce.checkIns(), oneByOne.checkIns());
    for (KeyResult k : plan.keyResults()) {
      assertEquals(atOnce.checkInsOf(k.id()), oneByOne.checkInsOf(k.id()));
      assertEquals(
          atOnce.valueAsOf(k.id(), plan.period().end()),
          oneByOne.valueAsOf(k.id(), plan.period().end()));
    }
    assertEquals(plan, built);
    assertEquals(plan, all.build());
  }

  @Property
  void theValueAsOfADateIsTheLatestCountingCheckInByDate(
      @ForAll("plans") Plan plan, @ForAll long seed) {
    Plan p = stripped(plan).withCheckIns(stream(plan, seed));
    for (KeyResult k : p.keyResults()) {
      if (k.target().kind() == Target.Kind.MILESTONES) {
        continue;
      }
      for (CheckIn c : p.checkInsOf(k.id())) {
        List<CheckIn> sameOrEarlier = new ArrayList<>();
        for (CheckIn d : p.checkInsOf(k.id())) {
          if (!d.date().isAfter(c.date())) {
            sameOrEarlier.add(d);
          }
        }
        assertEquals(
            sameOrEarlier.get(sameOrEarlier.size() - 1).value(),
            p.valueAsOf(k.id(), c.date()).getAsDouble());
      }
    }
  }

  @Property
  void aRevisionNeverChangesTheDefinitionsInForceBeforeItsDate(
      @ForAll("plans") Plan plan, @ForAll long seed) {
    Random r = new Random(seed);
    KeyResult k = plan.keyResults().get(r.nextInt(plan.keyResults().size()));
    LocalDate date =
        plan.period().start().plusDays(1 + r.nextInt((int) plan.period().lengthInDays() - 1));
    Revision revision =
        r.nextBoolean()
            ? Revision.weight(k.id(), date, k.weight() + 1, "re-weighted", "manager")
            : Revision.target(k.id(), date, widened(k.target()), "re-targeted", "manager");
    Plan revised = plan.revise(revision);
    LocalDate dayBefore = date.minusDays(1);
    assertEquals(plan.asOf(dayBefore).keyResults(), revised.asOf(dayBefore).keyResults());
    assertEquals(plan.asOf(dayBefore).kpis(), revised.asOf(dayBefore).kpis());
    assertEquals(plan.original(), revised.original());
    assertEquals(revised, revised.toBuilder().build());
  }

  /** The same target, made a little harder in a way that stays valid for its measure. */
  private static Target widened(Target t) {
    switch (t.kind()) {
      case RANGE:
        return t.withHigh(t.high().getAsDouble() + 1);
      case MILESTONES:
        List<Milestone> more = new ArrayList<>(t.milestones());
        more.add(Milestone.of("extra"));
        return t.withMilestones(more);
      default:
        return t;
    }
  }

  private static Plan stripped(Plan plan) {
    Plan.Builder b =
        Plan.builder()
            .period(plan.period())
            .addAllOwners(plan.owners())
            .addAllObjectives(plan.objectives())
            .addAllKeyResults(plan.original().keyResults())
            .addAllKpis(plan.original().kpis())
            .addAllRevisions(plan.revisions());
    plan.name().ifPresent(b::name);
    return b.build();
  }
}
