package org.okrkit.scoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Element;
import org.okrkit.core.Numbers;
import org.okrkit.core.Plan;
import org.okrkit.core.UnknownIdException;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.DisplayWidth;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.scoring.internal.Display;

/**
 * How a plan's scores moved through its period: the score, band and status of elements and owners
 * as of every day a check-in was made, up to a date, each day scored as {@link
 * ScoringPolicy#score(Plan, LocalDate)} scores it (the definitions in force that day, the values
 * known by its end, the pace reached). The policy is compiled once for all the days.
 *
 * <pre>{@code
 * ScoreHistory history = ScoreHistory.of(policy, plan, LocalDate.of(2026, 5, 31));
 * history.dates();                      // [2026-04-30, 2026-05-20, 2026-05-31]
 * history.of("KR1");                    // a ScorePoint for each of those days
 * history.atCheckInsOf("KR1");          // those of the days KR1 itself was reported on
 * }</pre>
 *
 * <p>Immutable and safe to share between threads. Making one scores the whole plan once per day,
 * and keeps a point per day for each id asked for.
 */
public final class ScoreHistory {
  private final Plan plan;
  private final ScoringPolicy policy;
  private final LocalDate upTo;
  private final ImmutableList<LocalDate> dates;
  private final ImmutableMap<String, ImmutableList<ScorePoint>> series;

  private ScoreHistory(
      Plan plan,
      ScoringPolicy policy,
      LocalDate upTo,
      ImmutableList<LocalDate> dates,
      ImmutableMap<String, ImmutableList<ScorePoint>> series) {
    this.plan = plan;
    this.policy = policy;
    this.upTo = upTo;
    this.dates = dates;
    this.series = series;
  }

  /**
   * The history of every objective, key result and KPI (in the scorecard's order) and every owner,
   * up to the end of {@code upTo}.
   *
   * @throws PolicyException if the policy names ids or tags the plan does not have
   */
  public static ScoreHistory of(ScoringPolicy policy, Plan plan, LocalDate upTo) {
    return make(policy, plan, upTo, null);
  }

  /**
   * The history of the given elements and owners, in the order given, up to the end of {@code
   * upTo}.
   *
   * @throws UnknownIdException if an id is not an objective, key result, KPI or owner of the plan
   * @throws PolicyException if the policy names ids or tags the plan does not have
   */
  public static ScoreHistory of(
      ScoringPolicy policy, Plan plan, LocalDate upTo, Collection<String> ids) {
    for (String id : ids) {
      if (plan.element(requireNonNull(id, "id")).isEmpty() && plan.owner(id).isEmpty()) {
        throw new UnknownIdException(id, "objective, key result, KPI or owner");
      }
    }
    return make(policy, plan, upTo, new LinkedHashSet<>(ids));
  }

  /**
   * The days a check-in of the plan was made on, up to {@code upTo}, in order: the days the figures
   * changed. A check-in later replaced by a correction still marks its day.
   */
  public static ImmutableList<LocalDate> dates(Plan plan, LocalDate upTo) {
    Set<LocalDate> days = new TreeSet<>();
    for (CheckIn c : plan.checkIns()) {
      if (!c.date().isAfter(upTo)) {
        days.add(c.date());
      }
    }
    return ImmutableList.copyOf(days);
  }

  private static ScoreHistory make(
      ScoringPolicy policy, Plan plan, LocalDate upTo, @Nullable Set<String> wanted) {
    requireNonNull(policy, "policy");
    requireNonNull(plan, "plan");
    requireNonNull(upTo, "upTo");
    ImmutableList<LocalDate> dates = dates(plan, upTo);
    Map<String, List<ScorePoint>> points = new LinkedHashMap<>();
    if (wanted != null) {
      for (String id : wanted) {
        points.put(id, new ArrayList<>(dates.size()));
      }
    }
    CompiledPolicy compiled = policy.compile(plan);
    for (LocalDate day : dates) {
      Scorecard card = compiled.score(plan, day);
      if (wanted == null) {
        for (ElementScore e : card.elements()) {
          points.computeIfAbsent(e.id(), id -> new ArrayList<>()).add(ScorePoint.of(day, e));
        }
        for (OwnerScore o : card.owners()) {
          points.computeIfAbsent(o.id(), id -> new ArrayList<>()).add(ScorePoint.of(day, o));
        }
      } else {
        for (Map.Entry<String, List<ScorePoint>> e : points.entrySet()) {
          String id = e.getKey();
          e.getValue()
              .add(
                  plan.element(id).isPresent()
                      ? ScorePoint.of(day, card.element(id).orElseThrow())
                      : ScorePoint.of(day, card.owner(id).orElseThrow()));
        }
      }
    }
    if (wanted == null && dates.isEmpty()) {
      // no day to score: every id still has its (empty) history
      plan.objectives().forEach(o -> points.put(o.id(), List.of()));
      plan.keyResults().forEach(k -> points.put(k.id(), List.of()));
      plan.kpis().forEach(k -> points.put(k.id(), List.of()));
      plan.owners().forEach(o -> points.put(o.id(), List.of()));
    }
    ImmutableMap.Builder<String, ImmutableList<ScorePoint>> series = ImmutableMap.builder();
    points.forEach((id, list) -> series.put(id, ImmutableList.copyOf(list)));
    return new ScoreHistory(plan, policy, upTo, dates, series.buildOrThrow());
  }

  /** The plan scored. */
  public Plan plan() {
    return plan;
  }

  /** The policy it was scored under. */
  public ScoringPolicy policy() {
    return policy;
  }

  /** The last day the history reaches. */
  public LocalDate upTo() {
    return upTo;
  }

  /** The days scored: those with a check-in, up to {@link #upTo()}, in order. */
  public ImmutableList<LocalDate> dates() {
    return dates;
  }

  /** The ids whose history this holds, in order. */
  public ImmutableList<String> ids() {
    return series.keySet().asList();
  }

  /**
   * The element's or owner's score on each of {@link #dates()}.
   *
   * @throws UnknownIdException if this history does not hold the id
   */
  public ImmutableList<ScorePoint> of(String id) {
    ImmutableList<ScorePoint> points = series.get(requireNonNull(id, "id"));
    if (points == null) {
      throw new UnknownIdException(id, "id in this history");
    }
    return points;
  }

  /**
   * The points of a key result or KPI on the days it was itself reported on: the score at each of
   * its check-ins. For an objective or owner, every point.
   *
   * @throws UnknownIdException if this history does not hold the id
   */
  public ImmutableList<ScorePoint> atCheckInsOf(String id) {
    ImmutableList<ScorePoint> points = of(id);
    if (plan.structure().indexOfMeasured(id) < 0) {
      return points;
    }
    Set<LocalDate> own = new TreeSet<>();
    for (CheckIn c : plan.historyOf(id)) {
      own.add(c.date());
    }
    ImmutableList.Builder<ScorePoint> result = ImmutableList.builder();
    for (ScorePoint p : points) {
      if (own.contains(p.date())) {
        result.add(p);
      }
    }
    return result.build();
  }

  /**
   * The history as text: for each id, its title and a line per day with score, band, status and
   * (for a key result or KPI) its value. In English, whatever the JVM's default locale: the same as
   * {@code render(Locale.ROOT)}.
   */
  public String render() {
    return render(Locale.ROOT);
  }

  /**
   * The text of {@link #render()} in the words of {@code locale} ({@code zh_CN}: {@code 截至
   * 2026-05-31 每次进展更新时的得分}, {@code 黄色}, {@code 正常}), falling back key by key to English; {@link
   * Locale#ROOT} and {@link Locale#ENGLISH} read exactly as {@link #render()}. Columns are padded
   * to a display width ({@link DisplayWidth}). The JVM's default locale is never consulted.
   *
   * @param locale the language to write in, not null
   */
  public String render(Locale locale) {
    Phrasebook words = TablePhrases.of(locale);
    Renderer renderer = Renderer.of(locale);
    String none = words.phrase("scorecard.none");
    StringBuilder out =
        new StringBuilder(
                words.fill(
                    "history.heading",
                    Arguments.of()
                        .text("plan", plan.name().orElseGet(() -> words.phrase("scorecard.plan")))
                        .text("period", plan.period().toString())
                        .text("date", upTo.toString())))
            .append('\n');
    if (dates.isEmpty()) {
      return out.append('\n')
          .append(words.fill("history.noCheckIn", Arguments.of().text("date", upTo.toString())))
          .append('\n')
          .toString();
    }
    for (Map.Entry<String, ImmutableList<ScorePoint>> e : series.entrySet()) {
      String id = e.getKey();
      String title =
          plan.element(id)
              .map(Element::title)
              .orElseGet(
                  () ->
                      plan.owner(id)
                          .map(
                              o ->
                                  words.fill(
                                      "history.owner", Arguments.of().text("name", o.name())))
                          .orElse(""));
      out.append('\n').append(id).append("  ").append(title).append('\n');
      for (ScorePoint p : e.getValue()) {
        String line =
            "  "
                + p.date()
                + "  "
                + DisplayWidth.padRight(shown(p.score(), none), 8)
                + ' '
                + DisplayWidth.padRight(p.band().map(renderer::band).orElse(""), 7)
                + ' '
                + DisplayWidth.padRight(p.status().map(renderer::status).orElse(""), 10)
                + ' '
                + (p.actual().isPresent()
                    ? words.fill(
                        "history.actual",
                        Arguments.of().text("value", Numbers.plain(p.actual().getAsDouble())))
                    : "");
        out.append(line.stripTrailing()).append('\n');
      }
    }
    return out.toString();
  }

  private static String shown(OptionalDouble value, String none) {
    return value.isPresent() ? Display.score(value.getAsDouble()) : none;
  }

  /** {@code ScoreHistory[Marketing 2026-Q2, 3 days up to 2026-05-31, 8 ids]}. */
  @Override
  public String toString() {
    return "ScoreHistory["
        + plan.name().orElse("Plan")
        + " "
        + plan.period()
        + ", "
        + dates.size()
        + " days up to "
        + upTo
        + ", "
        + series.size()
        + " ids]";
  }
}
