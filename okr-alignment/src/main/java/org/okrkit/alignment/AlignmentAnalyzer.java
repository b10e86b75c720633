package org.okrkit.alignment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Plan;
import org.okrkit.scoring.Scorecard;

/**
 * Runs a set of {@link AlignmentRule}s over a plan and collects their findings and the plan's
 * coverage figures into an {@link AlignmentReport}.
 *
 * <pre>{@code
 * AlignmentReport report = AlignmentAnalyzer.defaults().analyze(plan);
 * System.out.println(report.render());
 *
 * AlignmentAnalyzer custom =
 *     AlignmentAnalyzer.builder()
 *         .addDefaultRules()
 *         .addRules(ScoreAwareRules.divergence())
 *         .addRule(AlignmentRules.named("budget owners", new BudgetOwnerRule()))
 *         .config(AlignmentConfig.defaults().withMaxObjectivesPerOwner(3))
 *         .build();
 * AlignmentReport scored = custom.analyze(policy.score(plan, asOf));
 * }</pre>
 *
 * <p><b>Plans and scorecards.</b> {@link #analyze(Plan)} analyses a plan without scores; {@link
 * #analyze(Scorecard)} analyses a scorecard's plan and gives the rules its scores through the
 * {@linkplain AlignmentContext#scorecard() context}, where the score-aware rules ({@link
 * ScoreAwareRules}) read them. Without a scorecard the score-aware rules are skipped: they report
 * nothing, just as they leave out a key result that has no status, and the other rules report as
 * they do with one. An analyzer holds no plan or scorecard, so one analyzer serves any number of
 * plans and scorecards, on any number of threads.
 *
 * <p>Rules run one after another in the order added; each distinct rule runs once. The report lists
 * the findings of all rules {@linkplain Finding#reportOrder() sorted}, each distinct finding once.
 * With the built-in rules the analyzer terminates on every valid plan, never throws, and takes time
 * about linear in the plan's size.
 *
 * <p><b>A rule that throws</b> does not take the other rules' findings down with it. By default the
 * analyzer keeps the findings the rule passed before it threw, adds an {@code ERROR} finding {@code
 * ALN000} that names the rule and what it threw, and goes on with the next rule: the report is
 * complete but for that rule, and says so first. A host that prefers to stop builds the analyzer
 * with {@link Builder#failFast failFast(true)}: then the first failure is rethrown as an {@link
 * AlignmentException} naming the rule. Only {@link RuntimeException}s are caught; errors such as
 * {@link OutOfMemoryError} propagate.
 *
 * <p>An analyzer is immutable and safe to share between threads, provided its rules are.
 */
public final class AlignmentAnalyzer {
  private static final AlignmentAnalyzer DEFAULTS = builder().addDefaultRules().build();

  private final ImmutableSet<AlignmentRule> rules;
  private final AlignmentConfig config;
  private final boolean failFast;

  private AlignmentAnalyzer(
      ImmutableSet<AlignmentRule> rules, AlignmentConfig config, boolean failFast) {
    this.rules = rules;
    this.config = config;
    this.failFast = failFast;
  }

  /** The built-in rules ({@link AlignmentRules#defaults()}) with the default configuration. */
  public static AlignmentAnalyzer defaults() {
    return DEFAULTS;
  }

  /** A builder with no rules, the default configuration, and failures reported as findings. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this analyzer's rules, configuration and failure handling. */
  public Builder toBuilder() {
    return new Builder().addRules(rules).config(config).failFast(failFast);
  }

  /** The rules, in the order they run. */
  public ImmutableSet<AlignmentRule> rules() {
    return rules;
  }

  /** The configuration the rules read. */
  public AlignmentConfig config() {
    return config;
  }

  /** Whether a rule that throws stops the analysis with an {@link AlignmentException}. */
  public boolean failFast() {
    return failFast;
  }

  /**
   * Analyses a plan without scores: the score-aware rules report nothing.
   *
   * @throws AlignmentException if a rule throws and this analyzer {@linkplain #failFast fails fast}
   */
  public AlignmentReport analyze(Plan plan) {
    return analyze(AlignmentGraph.of(requireNonNull(plan, "plan")));
  }

  /**
   * Analyses the plan of an already built graph, sharing its computed figures, without scores.
   *
   * @throws AlignmentException if a rule throws and this analyzer {@linkplain #failFast fails fast}
   */
  public AlignmentReport analyze(AlignmentGraph graph) {
    return analyze(AlignmentContext.of(requireNonNull(graph, "graph"), config));
  }

  /**
   * Analyses the scorecard's plan with its scores: the score-aware rules compare them with the
   * plan's structure, the other rules check the plan as {@link #analyze(Plan)} does.
   *
   * @throws AlignmentException if a rule throws and this analyzer {@linkplain #failFast fails fast}
   */
  public AlignmentReport analyze(Scorecard scorecard) {
    return analyze(AlignmentContext.of(requireNonNull(scorecard, "scorecard"), config));
  }

  /**
   * Analyses the plan of an already built graph with the scores of {@code scorecard}, sharing the
   * graph's computed figures.
   *
   * @throws IllegalArgumentException if {@code scorecard} scores another plan than the graph's
   * @throws AlignmentException if a rule throws and this analyzer {@linkplain #failFast fails fast}
   */
  public AlignmentReport analyze(AlignmentGraph graph, Scorecard scorecard) {
    return analyze(AlignmentContext.of(graph, scorecard, config));
  }

  private AlignmentReport analyze(AlignmentContext context) {
    AlignmentGraph graph = context.graph();
    List<Finding> all = new ArrayList<>();
    for (AlignmentRule rule : rules) {
      Sink sink = new Sink(rule);
      @Nullable RuntimeException failure = null;
      try {
        rule.check(context, sink);
      } catch (RuntimeException e) {
        failure = e;
      }
      all.addAll(sink.close());
      if (failure != null) {
        String name = nameOf(rule);
        if (failFast) {
          throw new AlignmentException(name, failure);
        }
        all.add(failed(name, failure));
      }
    }
    all.sort(Finding.reportOrder());
    ImmutableList.Builder<Finding> distinct = ImmutableList.builderWithExpectedSize(all.size());
    @Nullable Finding previous = null;
    for (Finding f : all) {
      if (!f.equals(previous)) {
        distinct.add(f);
      }
      previous = f;
    }
    return ImmutableAlignmentReport.builder()
        .findings(distinct.build())
        .coverage(graph.coverage())
        .plan(graph.plan())
        .build();
  }

  private static Finding failed(String rule, RuntimeException e) {
    String what = e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    return AlignmentRules.templates()
        .finding(
            AlignmentRules.RULE_FAILED,
            Severity.ERROR,
            List.of(),
            ImmutableMap.of("rule", rule, "failure", what));
  }

  /** The rule's {@code toString()}, or its class name when that fails or is blank. */
  private static String nameOf(AlignmentRule rule) {
    try {
      String name = rule.toString();
      if (name != null && !name.isBlank()) {
        return name;
      }
    } catch (RuntimeException e) {
      // a host's broken toString must not hide which rule failed
    }
    return rule.getClass().getName();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof AlignmentAnalyzer that)) {
      return false;
    }

    return rules.asList().equals(that.rules.asList())
        && config.equals(that.config)
        && failFast == that.failFast;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules.asList(), config, failFast);
  }

  /** {@code AlignmentAnalyzer[rules=[...], config=..., failFast=false]}. */
  @Override
  public String toString() {
    return "AlignmentAnalyzer[rules="
        + rules
        + ", config="
        + config
        + ", failFast="
        + failFast
        + "]";
  }

  /** Collects one rule's findings while its check runs, from any thread. */
  private static final class Sink implements Consumer<Finding> {
    private final AlignmentRule rule;
    private final List<Finding> found = new ArrayList<>();
    private boolean open = true;

    Sink(AlignmentRule rule) {
      this.rule = rule;
    }

    @Override
    public synchronized void accept(Finding finding) {
      requireNonNull(finding, "finding");
      if (!open) {
        throw new IllegalStateException(
            "rule " + nameOf(rule) + " passed a finding after its check returned: " + finding);
      }
      found.add(finding);
    }

    synchronized List<Finding> close() {
      open = false;
      return found;
    }
  }

  /**
   * Collects the rules and configuration of an analyzer. Builders are not thread-safe; the
   * analyzers they build are.
   */
  public static final class Builder {
    private final ImmutableSet.Builder<AlignmentRule> rules = ImmutableSet.builder();
    private AlignmentConfig config = AlignmentConfig.defaults();
    private boolean failFast;

    private Builder() {}

    /** Adds a rule; a rule equal to one already added is not added again. */
    @CanIgnoreReturnValue
    public Builder addRule(AlignmentRule rule) {
      rules.add(requireNonNull(rule, "rule"));
      return this;
    }

    /** Adds rules, in order; rules equal to ones already added are not added again. */
    @CanIgnoreReturnValue
    public Builder addRules(Iterable<? extends AlignmentRule> rules) {
      requireNonNull(rules, "rules");
      int i = 0;
      for (AlignmentRule rule : rules) {
        this.rules.add(requireNonNull(rule, "rules[" + i + "]"));
        i++;
      }
      return this;
    }

    /** Adds every built-in rule: {@link AlignmentRules#defaults()}. */
    @CanIgnoreReturnValue
    public Builder addDefaultRules() {
      return addRules(AlignmentRules.defaults());
    }

    /** Sets the configuration the rules read; the default is {@link AlignmentConfig#defaults()}. */
    @CanIgnoreReturnValue
    public Builder config(AlignmentConfig config) {
      this.config = requireNonNull(config, "config");
      return this;
    }

    /**
     * Whether a rule that throws stops the analysis with an {@link AlignmentException} ({@code
     * true}) or is reported as an {@code ALN000} finding while the other rules go on ({@code
     * false}, the default).
     */
    @CanIgnoreReturnValue
    public Builder failFast(boolean failFast) {
      this.failFast = failFast;
      return this;
    }

    /** The analyzer. */
    public AlignmentAnalyzer build() {
      return new AlignmentAnalyzer(rules.build(), config, failFast);
    }
  }
}
