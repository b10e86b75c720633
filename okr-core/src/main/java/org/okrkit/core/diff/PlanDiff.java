package org.okrkit.core.diff;

import static org.okrkit.core.internal.Checks.number;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Contribution;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Measure;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.Target;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.Phrasebook;

/**
 * What changed between two plans: owners and elements added and removed, fields changed (old and
 * new value), weights re-tuned, and ties (a KPI supporting a key result, an objective's parent, an
 * owner, …) added and dropped. Elements are compared by id, with their revisions applied; check-ins
 * and revisions are compared by count only.
 *
 * <p>Ties are listed only for owners and elements present in both plans: the ties of an added or
 * removed element come and go with it. A change of weight on a tie that stays (a contribution
 * weight) is a weight change, not a dropped and an added tie. Every list follows the plans' order:
 * the later plan's for additions, the earlier one's otherwise.
 */
@Value.Immutable
public abstract sealed class PlanDiff permits ImmutablePlanDiff {

  PlanDiff() {}

  /** The plan's own changes: period, name, how many check-ins and revisions. */
  public abstract List<FieldChange> plan();

  /** Owners and elements in the later plan only: owners, objectives, key results, KPIs. */
  public abstract List<ElementRef> added();

  /** Owners and elements in the earlier plan only. */
  public abstract List<ElementRef> removed();

  /** Fields other than weights that differ, for owners and elements in both plans. */
  public abstract List<FieldChange> changed();

  /** Weights that differ: key-result weights, KPI weights, and contribution weights. */
  public abstract List<FieldChange> weights();

  /** Ties in the later plan only, between parts present in both. */
  public abstract List<Link> linksAdded();

  /** Ties in the earlier plan only, between parts present in both. */
  public abstract List<Link> linksDropped();

  /** Whether the plans hold the same things. */
  public final boolean isEmpty() {
    return plan().isEmpty()
        && added().isEmpty()
        && removed().isEmpty()
        && changed().isEmpty()
        && weights().isEmpty()
        && linksAdded().isEmpty()
        && linksDropped().isEmpty();
  }

  /** What changed from {@code before} to {@code after}. */
  public static PlanDiff between(Plan before, Plan after) {
    return new Differ(before, after).diff();
  }

  /**
   * The diff as text, a section per kind of change, in English whatever the JVM's default locale
   * (the same as {@code render(Locale.ROOT)}):
   *
   * <pre>
   * Plan: period 2026-Q2 =&gt; 2026-Q3
   * Added (2):
   *   + KPI K-satisfaction "User satisfaction score of at least 4.5"
   * Removed (1):
   *   - KPI K-launches "Number of product launches"
   * Weights re-tuned (1):
   *   ~ KPI K-nps weight: 1 =&gt; 0.5
   * </pre>
   */
  public final String render() {
    return render(Locale.ROOT);
  }

  /**
   * The text of {@link #render()} in the words of {@code locale}: section titles, kinds of part,
   * fields, ties and the values that are words (levels, kinds, frequencies, directions, how a tie
   * counts) from the {@code diff} bundle's translation ({@code zh_CN}: {@code 新增（2）：}, {@code 负责人},
   * {@code 支撑}), falling back key by key to English. Ids, titles, numbers and targets read as
   * written. {@link Locale#ROOT} and {@link Locale#ENGLISH} read exactly as {@link #render()}; the
   * JVM's default locale is never consulted.
   *
   * @param locale the language to write in, not null
   */
  public final String render(Locale locale) {
    Phrasebook words = DiffPhrases.of(locale);
    if (isEmpty()) {
      return words.phrase("noChanges") + "\n";
    }
    StringBuilder out = new StringBuilder();
    for (FieldChange c : plan()) {
      out.append(words.fill("plan", DiffPhrases.change(words, c))).append('\n');
    }
    section(out, words, "section.added", added(), "+ ", r -> DiffPhrases.element(words, r));
    section(out, words, "section.removed", removed(), "- ", r -> DiffPhrases.element(words, r));
    section(out, words, "section.changed", changed(), "~ ", c -> DiffPhrases.field(words, c));
    section(out, words, "section.weights", weights(), "~ ", c -> DiffPhrases.field(words, c));
    section(out, words, "section.linksAdded", linksAdded(), "+ ", l -> DiffPhrases.link(words, l));
    section(
        out, words, "section.linksDropped", linksDropped(), "- ", l -> DiffPhrases.link(words, l));
    return out.toString();
  }

  private static <T> void section(
      StringBuilder out,
      Phrasebook words,
      String title,
      List<T> items,
      String mark,
      Function<T, String> text) {
    if (items.isEmpty()) {
      return;
    }
    out.append(
            words.fill(
                "section",
                Arguments.of().text("title", words.phrase(title)).number("count", items.size())))
        .append('\n');
    for (T item : items) {
      out.append("  ").append(mark).append(text.apply(item)).append('\n');
    }
  }

  /** Compares two plans part by part. */
  private static final class Differ {
    private final Plan before;
    private final Plan after;
    private final ImmutablePlanDiff.Builder diff = ImmutablePlanDiff.builder();

    Differ(Plan before, Plan after) {
      this.before = before;
      this.after = after;
    }

    PlanDiff diff() {
      planFields();
      compare(Subject.OWNER, before.owners(), after.owners(), Owner::id, Owner::name, this::owners);
      compare(
          Subject.OBJECTIVE,
          before.objectives(),
          after.objectives(),
          Objective::id,
          Objective::title,
          this::objectives);
      compare(
          Subject.KEY_RESULT,
          before.keyResults(),
          after.keyResults(),
          KeyResult::id,
          KeyResult::title,
          this::keyResults);
      compare(Subject.KPI, before.kpis(), after.kpis(), Kpi::id, Kpi::title, this::kpis);
      return diff.build();
    }

    private void planFields() {
      field(Subject.PLAN, "", "period", before.period(), after.period(), diff::addPlan);
      field(
          Subject.PLAN,
          "",
          "name",
          "name",
          "",
          before.name().orElse("(none)"),
          after.name().orElse("(none)"),
          before.name().isPresent() ? List.of() : List.of("value.none"),
          after.name().isPresent() ? List.of() : List.of("value.none"),
          diff::addPlan);
      field(
          Subject.PLAN,
          "",
          "check-ins",
          "checkIns",
          "",
          before.checkIns().size(),
          after.checkIns().size(),
          List.of(),
          List.of(),
          diff::addPlan);
      field(
          Subject.PLAN,
          "",
          "revisions",
          before.revisions().size(),
          after.revisions().size(),
          diff::addPlan);
    }

    /**
     * Compares one kind of part: removed in earlier order, then added in later order, then both.
     */
    private <T> void compare(
        Subject subject,
        List<T> earlier,
        List<T> later,
        Function<T, String> id,
        Function<T, String> title,
        PairDiff<T> fields) {
      Map<String, T> old = index(earlier, id);
      Map<String, T> now = index(later, id);
      for (T t : earlier) {
        if (!now.containsKey(id.apply(t))) {
          diff.addRemoved(ElementRef.of(subject, id.apply(t), title.apply(t)));
        }
      }
      for (T t : later) {
        if (!old.containsKey(id.apply(t))) {
          diff.addAdded(ElementRef.of(subject, id.apply(t), title.apply(t)));
        }
      }
      for (T t : earlier) {
        T other = now.get(id.apply(t));
        if (other != null) {
          fields.compare(t, other);
        }
      }
    }

    private void owners(Owner a, Owner b) {
      field(Subject.OWNER, a.id(), "name", a.name(), b.name(), diff::addChanged);
      field(
          Subject.OWNER,
          a.id(),
          "level",
          "level",
          "",
          a.level(),
          b.level(),
          phrase("level", a.level()),
          phrase("level", b.level()),
          diff::addChanged);
      tie(Link.Kind.REPORTS_TO, a.id(), a.parentId().orElse(null), b.parentId().orElse(null));
    }

    private void objectives(Objective a, Objective b) {
      field(Subject.OBJECTIVE, a.id(), "title", a.title(), b.title(), diff::addChanged);
      field(
          Subject.OBJECTIVE,
          a.id(),
          "kind",
          "kind",
          "",
          a.kind(),
          b.kind(),
          phrase("objectiveKind", a.kind()),
          phrase("objectiveKind", b.kind()),
          diff::addChanged);
      period(Subject.OBJECTIVE, a.id(), a.period(), b.period());
      field(Subject.OBJECTIVE, a.id(), "tags", a.tags(), b.tags(), diff::addChanged);
      tie(Link.Kind.OWNED_BY, a.id(), a.ownerId(), b.ownerId());
      tie(Link.Kind.CONTRIBUTES_TO, a.id(), a.parentId().orElse(null), b.parentId().orElse(null));
      if (a.parentId().isPresent() && a.parentId().equals(b.parentId())) {
        link(
            Subject.OBJECTIVE,
            a.id(),
            a.parentId().get(),
            a.parentSupportOnly(),
            b.parentSupportOnly());
      }
    }

    /** A key result's weight as a diff shows it, "none" when the plan assigns none. */
    private static String weight(KeyResult k) {
      return k.assignedWeight().isPresent() ? number(k.weight()) : "none";
    }

    /** How a link counts, as a diff shows it. */
    private static String link(boolean supportOnly) {
      return supportOnly ? "support-only" : "counted";
    }

    private void keyResults(KeyResult a, KeyResult b) {
      field(Subject.KEY_RESULT, a.id(), "title", a.title(), b.title(), diff::addChanged);
      measure(Subject.KEY_RESULT, a.id(), a.measure(), b.measure());
      target(Subject.KEY_RESULT, a.id(), a.target(), b.target());
      field(Subject.KEY_RESULT, a.id(), "tags", a.tags(), b.tags(), diff::addChanged);
      // a weight shows as its number; "none" only tells an unweighted key result from one
      // weighted 1, the one change the numbers alone would hide
      boolean same = number(a.weight()).equals(number(b.weight()));
      field(
          Subject.KEY_RESULT,
          a.id(),
          "weight",
          "weight",
          "",
          same ? weight(a) : number(a.weight()),
          same ? weight(b) : number(b.weight()),
          same && a.assignedWeight().isEmpty() ? List.of("value.unweighted") : List.of(),
          same && b.assignedWeight().isEmpty() ? List.of("value.unweighted") : List.of(),
          diff::addWeights);
      tie(Link.Kind.PART_OF, a.id(), a.objectiveId(), b.objectiveId());
    }

    private void kpis(Kpi a, Kpi b) {
      field(Subject.KPI, a.id(), "title", a.title(), b.title(), diff::addChanged);
      measure(Subject.KPI, a.id(), a.measure(), b.measure());
      target(Subject.KPI, a.id(), a.target(), b.target());
      field(
          Subject.KPI,
          a.id(),
          "frequency",
          "frequency",
          "",
          a.frequency(),
          b.frequency(),
          phrase("frequency", a.frequency()),
          phrase("frequency", b.frequency()),
          diff::addChanged);
      period(Subject.KPI, a.id(), a.period(), b.period());
      field(Subject.KPI, a.id(), "tags", a.tags(), b.tags(), diff::addChanged);
      field(
          Subject.KPI, a.id(), "weight", number(a.weight()), number(b.weight()), diff::addWeights);
      tie(Link.Kind.OWNED_BY, a.id(), a.ownerId(), b.ownerId());
      Map<String, Double> old = new LinkedHashMap<>();
      Map<String, Boolean> oldSupport = new LinkedHashMap<>();
      for (Contribution c : a.contributions()) {
        old.put(c.keyResultId(), c.weight());
        oldSupport.put(c.keyResultId(), c.supportOnly());
      }
      for (Contribution c : b.contributions()) {
        Boolean before = oldSupport.get(c.keyResultId());
        if (before != null) {
          link(Subject.KPI, a.id(), c.keyResultId(), before, c.supportOnly());
        }
      }
      Map<String, Double> now = new LinkedHashMap<>();
      for (Contribution c : b.contributions()) {
        now.put(c.keyResultId(), c.weight());
      }
      for (Map.Entry<String, Double> e : old.entrySet()) {
        Double w = now.get(e.getKey());
        if (w == null) {
          diff.addLinksDropped(Link.supports(a.id(), e.getKey(), e.getValue()));
        } else if (!w.equals(e.getValue())) {
          field(
              Subject.KPI,
              a.id(),
              "weight of contribution to " + e.getKey(),
              "contributionWeight",
              e.getKey(),
              number(e.getValue()),
              number(w),
              List.of(),
              List.of(),
              diff::addWeights);
        }
      }
      for (Map.Entry<String, Double> e : now.entrySet()) {
        if (!old.containsKey(e.getKey())) {
          diff.addLinksAdded(Link.supports(a.id(), e.getKey(), e.getValue()));
        }
      }
    }

    /**
     * Targets compare as values and show as their descriptions, with their kinds when the
     * descriptions are equal (an absolute target and its relative twin, say).
     */
    private void target(Subject subject, String id, Target earlier, Target later) {
      if (!earlier.equals(later)) {
        String before = earlier.describe();
        String after = later.describe();
        boolean withKind = before.equals(after);
        if (withKind) {
          before = earlier.kind() + " " + before;
          after = later.kind() + " " + after;
        }
        diff.addChanged(
            FieldChange.worded(
                subject,
                id,
                "target",
                before,
                after,
                FieldChange.Wording.targets(earlier, later, withKind)));
      }
    }

    private void tie(
        Link.Kind kind, String from, @Nullable String earlier, @Nullable String later) {
      if (Objects.equals(earlier, later)) {
        return;
      }
      if (earlier != null) {
        diff.addLinksDropped(Link.of(kind, from, earlier));
      }
      if (later != null) {
        diff.addLinksAdded(Link.of(kind, from, later));
      }
    }

    private static void field(
        Subject subject,
        String id,
        String name,
        Object earlier,
        Object later,
        java.util.function.Consumer<FieldChange> sink) {
      field(subject, id, name, name, "", earlier, later, List.of(), List.of(), sink);
    }

    /**
     * A change of field {@code name}, worded for other languages as the phrase {@code field.KEY}
     * (with {@code of}, the id a tie's field names) and the values' wordings (see {@link
     * FieldChange.Wording}).
     */
    private static void field(
        Subject subject,
        String id,
        String name,
        String key,
        String of,
        Object earlier,
        Object later,
        List<String> earlierWords,
        List<String> laterWords,
        java.util.function.Consumer<FieldChange> sink) {
      if (!earlier.equals(later)) {
        sink.accept(
            FieldChange.worded(
                subject,
                id,
                name,
                text(earlier),
                text(later),
                new FieldChange.Wording(key, of, earlierWords, laterWords)));
      }
    }

    private static String text(Object value) {
      return value instanceof Iterable
          ? ImmutableList.copyOf((Iterable<?>) value).toString()
          : value.toString();
    }

    private void period(
        Subject subject,
        String id,
        java.util.Optional<org.okrkit.core.Period> earlier,
        java.util.Optional<org.okrkit.core.Period> later) {
      field(
          subject,
          id,
          "period",
          "period",
          "",
          period(earlier),
          period(later),
          earlier.isPresent() ? List.of() : List.of("value.planPeriod"),
          later.isPresent() ? List.of() : List.of("value.planPeriod"),
          diff::addChanged);
    }

    private static String period(java.util.Optional<org.okrkit.core.Period> p) {
      return p.map(Object::toString).orElse("(the plan's)");
    }

    /** A change of how the tie to {@code to} counts. */
    private void link(
        Subject subject,
        String id,
        String to,
        boolean earlierSupportOnly,
        boolean laterSupportOnly) {
      field(
          subject,
          id,
          "link to " + to,
          "link",
          to,
          link(earlierSupportOnly),
          link(laterSupportOnly),
          List.of(earlierSupportOnly ? "value.supportOnly" : "value.counted"),
          List.of(laterSupportOnly ? "value.supportOnly" : "value.counted"),
          diff::addChanged);
    }

    private void measure(Subject subject, String id, Measure earlier, Measure later) {
      field(
          subject,
          id,
          "measure",
          "measure",
          "",
          measure(earlier),
          measure(later),
          measureWords(earlier),
          measureWords(later),
          diff::addChanged);
    }

    private static String measure(Measure m) {
      return m.name() + " (" + m.unit() + ", " + m.direction() + ")";
    }

    /** A measure as the phrase of its direction, filled with its name and unit. */
    private static List<String> measureWords(Measure m) {
      return List.of("value.measure." + m.direction().name(), m.name(), m.unit().toString());
    }

    /** An enumeration's value as its phrase, such as {@code level.TEAM}. */
    private static List<String> phrase(String prefix, Enum<?> value) {
      return List.of(prefix + "." + value.name());
    }

    private static <T> Map<String, T> index(List<T> list, Function<T, String> id) {
      Map<String, T> map = new LinkedHashMap<>();
      for (T t : list) {
        map.put(id.apply(t), t);
      }
      return map;
    }
  }

  /** Compares the fields of one part present in both plans. */
  @FunctionalInterface
  private interface PairDiff<T> {
    void compare(T earlier, T later);
  }
}
