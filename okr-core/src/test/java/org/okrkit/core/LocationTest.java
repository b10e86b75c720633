package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void aLocationSpellsItsStepsAsPeopleReadThem() {
    Location contribution =
        Location.part("kpis", "K1", 4).then("contributions", "KR9", 1).then("weight");
    assertEquals("kpis[K1].contributions[KR9].weight", contribution.path());
    assertEquals("kpis[K1].contributions[KR9].weight", contribution.toString());
    assertEquals(
        "objectives[#3].id", Location.part("objectives", "not an id", 3).then("id").path());
    assertEquals("checkIns[12].date", Location.item("checkIns", 12).then("date").path());
    assertEquals("period", Location.field("period").path());
  }

  @Test
  void itsStepsAreData() {
    List<Location.Step> steps =
        Location.part("kpis", "K1", 4).then("contributions", "KR9", 1).then("weight").steps();
    assertEquals(3, steps.size());
    assertEquals("kpis", steps.get(0).name());
    assertEquals(Optional.of("K1"), steps.get(0).id());
    assertEquals(OptionalInt.of(4), steps.get(0).index());
    assertEquals(OptionalInt.of(1), steps.get(1).index());
    assertEquals(Optional.empty(), steps.get(2).id());
    assertEquals(OptionalInt.empty(), steps.get(2).index());
    assertEquals(false, steps.get(2).isPart());
    // an unusable id is left out: the position names the part
    assertEquals(Optional.empty(), Location.part("kpis", "K 1", 0).steps().get(0).id());
  }

  @Test
  void aNegativePositionIsRefused() {
    assertEquals(
        "index must be at least 0, got -1",
        assertThrows(IllegalArgumentException.class, () -> Location.item("checkIns", -1))
            .getMessage());
  }

  @Test
  void aProblemSpellsItsLocationAsItsPath() {
    Problem p =
        Problem.of(Location.item("checkIns", 0).then("value"), "value NaN is not a finite number");
    assertEquals("checkIns[0].value", p.path());
    assertEquals("checkIns[0].value: value NaN is not a finite number", p.toString());
  }
}
