package org.okrkit.simulation.internal;

import java.util.List;
import org.okrkit.core.Direction;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanStructure;
import org.okrkit.core.Target;
import org.okrkit.simulation.OutcomeModel;

/**
 * A plan flattened for simulation: the people, their teams, and every key result and KPI (KPIs
 * first, then key results, each in plan order, so that elements sharing a strategy sit together)
 * with its difficulty class and its mapping from outcome to actual value.
 */
public final class CompiledPopulation {
  static final byte MAP_VALUE = 0;
  static final byte MAP_RANGE_BELOW = 1;
  static final byte MAP_RANGE_ABOVE = 2;
  static final byte MAP_SHARE = 3;

  final Plan plan;
  final int people;
  final int elements;
  final int teams;
  final String[] personIds;
  final int[] personTeam;

  /** Person i's own elements are personElements[personStart[i] .. personStart[i + 1]). */
  final int[] personStart;

  final int[] personElements;
  final int maxOwnElements;
  final int[] elementPerson;
  final MeasuredElement[] element;
  final boolean[] isKpi;
  final int kpis;

  /** Difficulty by class, before spread. */
  final double[] difficulty;

  final byte[] mapOp;
  final double[] mapA;
  final double[] mapB;
  final double[] mapC;

  /** The measured position (in the plan's structure) of each element, and the reverse. */
  final int[] measuredOf;

  final int[] leafOfMeasured;

  /** Each person's position among the plan's owners. */
  final int[] personOwner;

  CompiledPopulation(Plan plan, OutcomeModel model) {
    this.plan = plan;
    PlanStructure s = plan.structure();
    int nk = s.keyResultCount();
    int np = s.kpiCount();
    elements = nk + np;
    kpis = np;
    element = new MeasuredElement[elements];
    measuredOf = new int[elements];
    leafOfMeasured = new int[elements];
    isKpi = new boolean[elements];
    difficulty = new double[elements];
    int[] ownerOf = new int[elements];
    int[] ownCount = new int[s.ownerCount()];
    for (int e = 0; e < elements; e++) {
      // KPIs first, then key results, each in plan order
      int m = e < np ? nk + e : e - np;
      measuredOf[e] = m;
      leafOfMeasured[m] = e;
      element[e] = s.measured(m);
      ownerOf[e] = s.measuredOwner(m);
      ownCount[ownerOf[e]]++;
      if (e < np) {
        isKpi[e] = true;
        difficulty[e] = model.kpiDifficulty();
      } else {
        difficulty[e] =
            s.objective(s.keyResultObjective(m)).kind() == ObjectiveKind.COMMITTED
                ? model.committedDifficulty()
                : model.aspirationalDifficulty();
      }
    }
    int count = 0;
    for (int w = 0; w < s.ownerCount(); w++) {
      count += ownCount[w] > 0 ? 1 : 0;
    }
    people = count;
    if (people == 0) {
      throw new IllegalArgumentException(
          "the population's plan " + plan + " has no key result or KPI, so nobody to simulate");
    }
    if (people > Ranks.MAX_SIZE) {
      throw new IllegalArgumentException(
          "the population has "
              + people
              + " people; a simulation handles at most "
              + Ranks.MAX_SIZE);
    }
    personIds = new String[people];
    personOwner = new int[people];
    personTeam = new int[people];
    personStart = new int[people + 1];
    personElements = new int[elements];
    elementPerson = new int[elements];
    // a person's team is their parent owner, or they themselves at the top; numbered as met
    int[] teamOf = new int[s.ownerCount()];
    java.util.Arrays.fill(teamOf, -1);
    int teamCount = 0;
    int[] personOf = new int[s.ownerCount()];
    int i = 0;
    for (int w = 0; w < s.ownerCount(); w++) {
      personOf[w] = -1;
      if (ownCount[w] == 0) {
        continue;
      }
      personOf[w] = i;
      personIds[i] = s.ownerId(w);
      personOwner[i] = w;
      int team = s.ownerParent(w) >= 0 ? s.ownerParent(w) : w;
      if (teamOf[team] < 0) {
        teamOf[team] = teamCount++;
      }
      personTeam[i] = teamOf[team];
      personStart[i + 1] = personStart[i] + ownCount[w];
      i++;
    }
    int[] fill = java.util.Arrays.copyOf(personStart, people);
    int most = 0;
    for (int e = 0; e < elements; e++) {
      int person = personOf[ownerOf[e]];
      personElements[fill[person]++] = e;
      elementPerson[e] = person;
    }
    for (int p = 0; p < people; p++) {
      most = Math.max(most, personStart[p + 1] - personStart[p]);
    }
    maxOwnElements = most;
    teams = teamCount;
    mapOp = new byte[elements];
    mapA = new double[elements];
    mapB = new double[elements];
    mapC = new double[elements];
    for (int e = 0; e < elements; e++) {
      compileMapping(e, element[e]);
    }
  }

  private void compileMapping(int e, MeasuredElement m) {
    Target t = m.target();
    switch (t.kind()) {
      case MILESTONES -> mapOp[e] = MAP_SHARE;
      case RANGE -> {
        double low = t.low().getAsDouble();
        double high = t.high().getAsDouble();
        double width = high - low;
        double d0 = width > 0 ? width : 1.0;
        boolean above = false;
        if (t.baseline().isPresent()) {
          double b = t.baseline().getAsDouble();
          if (b < low) {
            d0 = low - b;
          } else if (b > high) {
            d0 = b - high;
            above = true;
          }
        }
        mapOp[e] = above ? MAP_RANGE_ABOVE : MAP_RANGE_BELOW;
        mapA[e] = above ? high : low;
        mapB[e] = d0;
        mapC[e] = width / 2;
      }
      default -> {
        double v = t.absoluteValue().getAsDouble();
        double b;
        if (t.baseline().isPresent() && t.baseline().getAsDouble() != v) {
          b = t.baseline().getAsDouble();
        } else {
          double away = v != 0 ? Math.abs(v) : 1.0;
          b = m.measure().direction() == Direction.DECREASE ? v + away : v - away;
        }
        mapOp[e] = MAP_VALUE;
        mapA[e] = v;
        mapB[e] = v - b;
      }
    }
  }

  /** The actual value of element {@code e} for outcome {@code y}, in the element's measure. */
  double actual(int e, double y) {
    return actual(mapOp[e], mapA[e], mapB[e], mapC[e], y);
  }

  static double actual(byte op, double a, double b, double c, double y) {
    return switch (op) {
      case MAP_VALUE -> a + (y - 1) * b;
      case MAP_RANGE_BELOW -> y < 1 ? a - (1 - y) * b : a + Math.min(y - 1, 1) * c;
      case MAP_RANGE_ABOVE -> y < 1 ? a + (1 - y) * b : a - Math.min(y - 1, 1) * c;
      default -> Math.max(0.0, Math.min(1.0, y));
    };
  }

  /** The ids of the simulated people, in order. */
  public String[] personIds() {
    return personIds.clone();
  }

  /** The elements, in the simulation's order. */
  public List<MeasuredElement> elements() {
    return List.of(element);
  }
}
