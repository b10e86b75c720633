package org.okrkit.alignment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableIntArray;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.okrkit.core.Kpi;
import org.okrkit.core.Measure;
import org.okrkit.core.PlanStructure;

/**
 * {@code ALN014}: KPIs of one owner with the same measure (names equal ignoring case and
 * surrounding blanks, unit and direction) and equal targets.
 */
final class DuplicateKpis extends BuiltInRule {
  static final DuplicateKpis RULE = new DuplicateKpis();

  private DuplicateKpis() {
    super("duplicateKpis", AlignmentRules.DUPLICATE_KPI);
  }

  @Override
  public void check(AlignmentContext context, Consumer<Finding> findings) {
    // duplicates share an owner: group each owner's few KPIs
    AlignmentGraph graph = context.graph();
    PlanStructure s = graph.structure();
    AlignmentGraph.Kpis kpis = graph.kpis();
    int[] leader = new int[8];
    for (int w = 0; w < s.ownerCount(); w++) {
      ImmutableIntArray held = s.kpisOf(w);
      int n = held.length();
      if (n < 2 || !anyAlike(held, kpis)) {
        continue;
      }
      // each KPI joins the group of the first earlier KPI with the same measure and target
      if (leader.length < n) {
        leader = new int[Math.max(n, leader.length * 2)];
      }
      for (int j = 0; j < n; j++) {
        leader[j] = j;
        for (int i = 0; i < j; i++) {
          if (leader[i] == i && sameKpiMeasure(kpis, held.get(i), held.get(j))) {
            leader[j] = i;
            break;
          }
        }
      }
      for (int i = 0; i < n; i++) {
        if (leader[i] != i) {
          continue;
        }
        List<Kpi> group = new ArrayList<>();
        for (int j = i; j < n; j++) {
          if (leader[j] == i) {
            group.add(s.kpi(held.get(j)));
          }
        }
        if (group.size() > 1) {
          findings.accept(duplicates(group));
        }
      }
    }
  }

  /** The finding for KPIs of one owner that share a measure and a target. */
  private Finding duplicates(List<Kpi> group) {
    // the KPI of the smallest id names the measure, so that the message ignores plan order
    group.sort(Comparator.comparing(Kpi::id));
    Kpi first = group.get(0);
    List<String> ids = new ArrayList<>(group.size());
    for (Kpi kpi : group) {
      ids.add(kpi.id());
    }
    return finding(
        Severity.WARNING,
        ImmutableList.<String>builder().addAll(ids).add(first.ownerId()).build(),
        ImmutableMap.of(
            "kpis", ids,
            "owner", first.ownerId(),
            "measure", first.measure().name(),
            "target", first.target()));
  }

  /**
   * Whether two of the KPIs might be duplicates: same unit, direction and target. A quick pairwise
   * test that spares the measure names' comparison for the owners, nearly all, without any.
   */
  static boolean anyAlike(ImmutableIntArray held, AlignmentGraph.Kpis kpis) {
    if (held.length() > 64) {
      return true;
    }
    for (int i = 1; i < held.length(); i++) {
      int a = held.get(i);
      for (int j = 0; j < i; j++) {
        int b = held.get(j);
        if (kpis.measure[a].unit() == kpis.measure[b].unit()
            && kpis.measure[a].direction() == kpis.measure[b].direction()
            && kpis.target[a].equals(kpis.target[b])) {
          return true;
        }
      }
    }
    return false;
  }

  static String measureKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether two measure names are the same: equal {@link #measureKey}s. Names that are equal once
   * stripped, or ASCII, are compared without building the keys, which most comparisons are.
   */
  static boolean sameMeasureName(String a, String b) {
    String x = a.strip();
    String y = b.strip();
    if (x.equals(y)) {
      return true;
    }
    // lower-casing maps an ASCII character to one character whatever surrounds it: keys whose
    // first or last characters are ASCII and differ so differ, and most names differ there
    if (x.isEmpty() || y.isEmpty()) {
      return measureKey(x).equals(measureKey(y));
    }
    if (asciiDiffer(x.charAt(0), y.charAt(0))
        || asciiDiffer(x.charAt(x.length() - 1), y.charAt(y.length() - 1))) {
      return false;
    }
    if (isAscii(x) && isAscii(y)) {
      // lower-casing ASCII maps A to Z onto a to z and keeps every other character and the length
      return asciiLowerEquals(x, y);
    }
    return measureKey(x).equals(measureKey(y));
  }

  /** Whether two characters are both ASCII and differ once lower-cased. */
  private static boolean asciiDiffer(char a, char b) {
    return a < 0x80 && b < 0x80 && asciiLower(a) != asciiLower(b);
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean asciiLowerEquals(String x, String y) {
    if (x.length() != y.length()) {
      return false;
    }
    for (int i = 0; i < x.length(); i++) {
      if (asciiLower(x.charAt(i)) != asciiLower(y.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /**
   * Whether KPIs {@code a} and {@code b} have the same measure (names as {@link #sameMeasureName},
   * unit and direction) and equal targets.
   */
  static boolean sameKpiMeasure(AlignmentGraph.Kpis kpis, int a, int b) {
    Measure x = kpis.measure[a];
    Measure y = kpis.measure[b];
    return x.unit() == y.unit()
        && x.direction() == y.direction()
        && kpis.target[a].equals(kpis.target[b])
        && sameMeasureName(x.name(), y.name());
  }
}
