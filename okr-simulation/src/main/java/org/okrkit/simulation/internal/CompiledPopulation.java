package org.okrkit.simulation.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.okrkit.core.Direction;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Objective;
import org.okrkit.core.ObjectiveKind;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
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
  final Map<String, Integer> elementIndex;
  final Map<String, Integer> personIndex;

  CompiledPopulation(Plan plan, OutcomeModel model) {
    this.plan = plan;
    List<MeasuredElement> order = new ArrayList<>(plan.kpis().size() + plan.keyResults().size());
    order.addAll(plan.kpis());
    order.addAll(plan.keyResults());
    elements = order.size();
    element = order.toArray(new MeasuredElement[0]);
    elementIndex = new HashMap<>();
    Map<String, List<Integer>> byOwner = new HashMap<>();
    isKpi = new boolean[elements];
    difficulty = new double[elements];
    int kpiCount = 0;
    for (int e = 0; e < elements; e++) {
      MeasuredElement m = element[e];
      elementIndex.put(m.id(), e);
      String owner;
      if (m instanceof Kpi) {
        owner = ((Kpi) m).owner();
        isKpi[e] = true;
        kpiCount++;
        difficulty[e] = model.kpiDifficulty();
      } else {
        Objective o = plan.objective(((KeyResult) m).objective()).orElseThrow();
        owner = o.owner();
        difficulty[e] =
            o.kind() == ObjectiveKind.COMMITTED
                ? model.committedDifficulty()
                : model.aspirationalDifficulty();
      }
      byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(e);
    }
    kpis = kpiCount;
    List<Owner> persons = new ArrayList<>();
    for (Owner o : plan.owners()) {
      if (byOwner.containsKey(o.id())) {
        persons.add(o);
      }
    }
    people = persons.size();
    if (people == 0) {
      throw new IllegalArgumentException(
          "the population's plan " + plan + " has no key result or KPI, so nobody to simulate");
    }
    if (people > Ranks.MAX_SIZE) {
      throw new IllegalArgumentException(
          "the population has " + people + " people; a simulation handles at most " + Ranks.MAX_SIZE);
    }
    personIds = new String[people];
    personTeam = new int[people];
    personStart = new int[people + 1];
    personElements = new int[elements];
    elementPerson = new int[elements];
    personIndex = new HashMap<>();
    Map<String, Integer> teamIndex = new LinkedHashMap<>();
    int next = 0;
    int most = 0;
    for (int i = 0; i < people; i++) {
      Owner o = persons.get(i);
      personIds[i] = o.id();
      personIndex.put(o.id(), i);
      String team = o.parent().orElse(o.id());
      personTeam[i] = teamIndex.computeIfAbsent(team, k -> teamIndex.size());
      personStart[i] = next;
      List<Integer> own = byOwner.get(o.id());
      for (int e : own) {
        personElements[next++] = e;
        elementPerson[e] = i;
      }
      most = Math.max(most, own.size());
    }
    personStart[people] = next;
    maxOwnElements = most;
    teams = teamIndex.size();
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
      case MILESTONES:
        mapOp[e] = MAP_SHARE;
        break;
      case RANGE:
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
        break;
      default:
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

  /** The actual value of element {@code e} for outcome {@code y}, in the element's measure. */
  double actual(int e, double y) {
    return actual(mapOp[e], mapA[e], mapB[e], mapC[e], y);
  }

  static double actual(byte op, double a, double b, double c, double y) {
    switch (op) {
      case MAP_VALUE:
        return a + (y - 1) * b;
      case MAP_RANGE_BELOW:
        return y < 1 ? a - (1 - y) * b : a + Math.min(y - 1, 1) * c;
      case MAP_RANGE_ABOVE:
        return y < 1 ? a + (1 - y) * b : a - Math.min(y - 1, 1) * c;
      default:
        return Math.max(0.0, Math.min(1.0, y));
    }
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
