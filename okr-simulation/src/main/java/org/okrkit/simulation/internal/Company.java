package org.okrkit.simulation.internal;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.okrkit.simulation.Dismissal;
import org.okrkit.simulation.Noise;
import org.okrkit.simulation.OutcomeModel;
import org.okrkit.simulation.PlainRating;
import org.okrkit.simulation.Probation;
import org.okrkit.simulation.Selection;
import org.okrkit.simulation.Turnover;
import org.okrkit.simulation.WorkforceArm;
import org.okrkit.simulation.WorkforceMetric;
import org.okrkit.simulation.WorkforceSpec;

/**
 * One thread's working arrays for a workforce study, sized once for the population, and the
 * simulation of one company under every arm, period by period: outcomes and ratings, dismissals,
 * departures, hires and the period's figures. Every draw comes from a stream keyed by what it is
 * drawn for (see {@link WorkforceSpec}), so arms share draws wherever their workforces coincide.
 * Nothing is allocated per person but the random streams.
 */
// metrics index dense arrays by their declaration order
@SuppressWarnings("EnumOrdinal")
final class Company {
  private static final int METRICS = WorkforceMetric.values().length;

  /** The first period of a person of the initial workforce: never on probation. */
  private static final int INITIAL = Integer.MIN_VALUE / 2;

  private final CompiledWorkforce wf;
  private final WorkforceSpec spec;
  private final CompiledPopulation pop;
  private final @Nullable Workspace scoring;
  private final int n;
  private final long seed;
  private final double eta;

  // the initial workforce, which every arm starts from
  private final double[] ability0;
  private final double[] level0;

  // the workforce of the arm simulated
  private final double[] ability;
  private final double[] level;

  /** Which holder of position j holds it now: 0 for the initial workforce, k for the k-th hire. */
  private final int[] holder;

  /** The first period position j's holder works. */
  private final int[] start;

  // one period
  private final double[] rating;
  private final double[] tie;
  private final double[] luck;
  private final int[] order;
  private final int[] orderScratch;
  private final int[] rank;
  private final boolean[] onProbation;
  private final boolean[] dismissed;
  private final boolean[] vacant;
  private final double[] sorted;
  private final double[] teamDraw;

  Company(CompiledWorkforce wf) {
    this.wf = wf;
    this.spec = wf.spec;
    this.pop = wf.population;
    this.scoring = wf.scoring == null ? null : new Workspace(wf.scoring);
    this.n = pop.people;
    this.seed = spec.seed();
    this.eta = spec.model().effortSpread();
    ability0 = new double[n];
    level0 = new double[n];
    ability = new double[n];
    level = new double[n];
    holder = new int[n];
    start = new int[n];
    rating = new double[n];
    tie = new double[n];
    luck = new double[n];
    order = new int[n];
    orderScratch = new int[n];
    rank = new int[n];
    onProbation = new boolean[n];
    dismissed = new boolean[n];
    vacant = new boolean[n];
    sorted = new double[n];
    teamDraw = new double[pop.teams];
  }

  /**
   * Simulates company {@code company} under every arm; figures go to {@code out[arm][row][slot]}.
   */
  void run(int company, double[][][] out, int slot) {
    for (int j = 0; j < n; j++) {
      hire(company, j, 0, Selection.random());
      ability0[j] = ability[j];
      level0[j] = level[j];
    }
    double mean0 = mean(ability0);
    for (int a = 0; a < spec.arms().size(); a++) {
      WorkforceArm arm = spec.arms().get(a);
      double[][] figures = out[a];
      System.arraycopy(ability0, 0, ability, 0, n);
      System.arraycopy(level0, 0, level, 0, n);
      Arrays.fill(holder, 0);
      Arrays.fill(start, INITIAL);
      put(figures, 0, WorkforceMetric.MEAN_ABILITY, slot, mean0);
      put(figures, 0, WorkforceMetric.SD_ABILITY, slot, sd(ability0, mean0));
      put(figures, 0, WorkforceMetric.GAIN, slot, 0);
      put(figures, 0, WorkforceMetric.CUMULATIVE_DISMISSALS, slot, 0);
      put(figures, 0, WorkforceMetric.CUMULATIVE_DEPARTURES, slot, 0);
      int dismissals = 0;
      int departures = 0;
      for (int t = 1; t <= spec.periods(); t++) {
        rate(company, t, a, arm);
        sort(order, orderScratch, n, rating, tie);
        for (int r = 0; r < n; r++) {
          rank[order[r]] = r;
        }
        put(figures, t, WorkforceMetric.VALIDITY, slot, pearson(rating, ability));
        double median = median(ability);
        int out0 = dismiss(t, arm);
        int above = 0;
        for (int j = 0; j < n; j++) {
          if (dismissed[j] && ability[j] > median) {
            above++;
          }
        }
        int left = leave(arm.turnover());
        for (int j = 0; j < n; j++) {
          if (vacant[j]) {
            holder[j]++;
            hire(company, j, holder[j], arm.selection());
            start[j] = t + 1;
          }
        }
        dismissals += out0;
        departures += left;
        double mean = mean(ability);
        put(figures, t, WorkforceMetric.MEAN_ABILITY, slot, mean);
        put(figures, t, WorkforceMetric.SD_ABILITY, slot, sd(ability, mean));
        put(figures, t, WorkforceMetric.GAIN, slot, mean - mean0);
        put(figures, t, WorkforceMetric.DISMISSED_ABOVE_MEDIAN, slot, above);
        put(figures, t, WorkforceMetric.CUMULATIVE_DISMISSALS, slot, dismissals);
        put(figures, t, WorkforceMetric.CUMULATIVE_DEPARTURES, slot, departures);
      }
    }
  }

  /**
   * Draws the traits of the {@code k}-th holder of position {@code j}: a hire chosen by {@code
   * selection}, or for {@code k = 0} a person of the initial workforce (whose ability is the
   * stream's own part {@code e}, as a random hire's is).
   */
  private void hire(int company, int j, int k, Selection selection) {
    SplittableRandom random = new SplittableRandom(Keys.of(seed, Keys.HIRE, company, j, k));
    double u = open(random);
    double e = random.nextGaussian();
    double v = random.nextGaussian();
    double r = selection.validity();
    ability[j] =
        k == 0 || r == 0
            ? e
            : r * Stats.upperQuantile(selection.ratio() * u) + Math.sqrt(1 - r * r) * e;
    level[j] = eta > 0 ? Math.exp(eta * v - eta * eta / 2) : 1.0;
  }

  /** A uniform number above 0 and below 1. */
  private static double open(SplittableRandom random) {
    return ((random.nextLong() >>> 11) + 0.5) * 0x1.0p-53;
  }

  /** Rates every person in period {@code t} under arm {@code a}; draws each one's luck and tie. */
  private void rate(int company, int t, int a, WorkforceArm arm) {
    int compiled = wf.scoringArm[a];
    Workspace w = compiled >= 0 ? scoring : null;
    if (w != null) {
      outcomes(company, t, w);
    }
    double rho = arm.rating() instanceof PlainRating plain ? plain.validity() : 0;
    double rest = Math.sqrt(1 - rho * rho);
    for (int j = 0; j < n; j++) {
      SplittableRandom random =
          new SplittableRandom(Keys.of(seed, Keys.PERSON, company, t, j, holder[j]));
      double epsilon = random.nextGaussian();
      luck[j] = random.nextDouble();
      tie[j] = random.nextDouble();
      if (w == null) {
        rating[j] = rho * ability[j] + rest * epsilon;
      } else {
        w.person(j, ability[j], level[j]);
        noise(random, j, w);
      }
    }
    if (w != null) {
      w.period(compiled, rating);
    }
  }

  /** The period's difficulties and the team parts of its noise, the same for every person. */
  private void outcomes(int company, int t, Workspace w) {
    OutcomeModel model = spec.model();
    SplittableRandom random = new SplittableRandom(Keys.of(seed, Keys.PERIOD, company, t));
    if (model.teamCorrelation() > 0) {
      for (int k = 0; k < pop.teams; k++) {
        teamDraw[k] = random.nextGaussian();
      }
    }
    double tau = model.difficultySpread();
    for (int e = 0; e < pop.elements; e++) {
      w.difficulty(
          e, tau > 0 ? pop.difficulty[e] + tau * random.nextGaussian() : pop.difficulty[e]);
    }
  }

  /** Person j's outcome noise, from their own stream, as a trial composes it. */
  private void noise(SplittableRandom random, int j, Workspace w) {
    OutcomeModel model = spec.model();
    double rhoT = model.teamCorrelation();
    double rhoP = model.personCorrelation();
    double cT = Math.sqrt(rhoT);
    double cP = Math.sqrt(rhoP);
    double cV = Math.sqrt(Math.max(0, 1 - rhoT - rhoP));
    double personal = cP > 0 ? random.nextGaussian() : 0;
    Noise noise = model.noise();
    boolean normal = noise.kind() == Noise.Kind.NORMAL;
    double scale = noise.scale();
    for (int k = pop.personStart[j]; k < pop.personStart[j + 1]; k++) {
      int e = pop.personElements[k];
      double z = cV * random.nextGaussian();
      if (cT > 0) {
        z += cT * teamDraw[pop.personTeam[j]];
      }
      if (cP > 0) {
        z += cP * personal;
      }
      w.noise(e, normal ? scale * z : w.noiseOf(z));
    }
  }

  /** Marks who is dismissed in period t and returns how many. */
  private int dismiss(int t, WorkforceArm arm) {
    Probation probation = arm.probation().orElse(null);
    int subject = 0;
    for (int j = 0; j < n; j++) {
      onProbation[j] = probation != null && t - start[j] < probation.periods();
      subject += onProbation[j] ? 0 : 1;
      dismissed[j] = false;
    }
    Dismissal rule = arm.dismissal();
    switch (rule.kind()) {
      case FORCED_DISTRIBUTION -> {
        double[] cumulative = Ranks.cumulative(rule.distribution().orElseThrow().shares());
        int lowest = cumulative.length - 1;
        int e = 0;
        for (int r = 0; r < n; r++) {
          int j = order[r];
          if (!onProbation[j]) {
            e++;
            // ranked strictly, ties broken: the e-th lowest has rank e, doubled 2e
            dismissed[j] = Ranks.category(2 * e, subject, cumulative) == lowest;
          }
        }
      }
      case BELOW_SCORE -> {
        double cutoff = rule.score().orElseThrow();
        for (int j = 0; j < n; j++) {
          dismissed[j] = !onProbation[j] && rating[j] < cutoff;
        }
      }
      default -> {
        // nobody
      }
    }
    if (probation != null) {
      double bar = probation.share() * n;
      for (int j = 0; j < n; j++) {
        if (onProbation[j] && rank[j] + 0.5 < bar) {
          dismissed[j] = true;
        }
      }
    }
    int count = 0;
    for (int j = 0; j < n; j++) {
      vacant[j] = dismissed[j];
      count += dismissed[j] ? 1 : 0;
    }
    return count;
  }

  /** Marks who of those who stay leaves of their own accord and returns how many. */
  private int leave(Turnover turnover) {
    if (turnover.rate() == 0) {
      return 0;
    }
    boolean byRating = turnover.ratingEffect() != 0 && turnover.rate() < 1;
    int count = 0;
    for (int j = 0; j < n; j++) {
      if (dismissed[j]) {
        continue;
      }
      double q =
          byRating
              ? turnover.probability(Stats.normalQuantile((rank[j] + 0.5) / n))
              : turnover.rate();
      if (luck[j] < q) {
        vacant[j] = true;
        count++;
      }
    }
    return count;
  }

  private double mean(double[] values) {
    double sum = 0;
    for (int j = 0; j < n; j++) {
      sum += values[j];
    }
    return sum / n;
  }

  private double sd(double[] values, double mean) {
    double squares = 0;
    for (int j = 0; j < n; j++) {
      double d = values[j] - mean;
      squares += d * d;
    }
    return Math.sqrt(squares / n);
  }

  private double median(double[] values) {
    System.arraycopy(values, 0, sorted, 0, n);
    Arrays.sort(sorted, 0, n);
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The Pearson correlation of x and y; 0 when either is constant. */
  private double pearson(double[] x, double[] y) {
    if (constant(x) || constant(y)) {
      return 0;
    }
    double mx = mean(x);
    double my = mean(y);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int j = 0; j < n; j++) {
      double dx = x[j] - mx;
      double dy = y[j] - my;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    double r = sxy / Math.sqrt(sxx * syy);
    return Math.max(-1, Math.min(1, r));
  }

  private boolean constant(double[] values) {
    for (int j = 1; j < n; j++) {
      if (values[j] != values[0]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Sorts positions 0 to n - 1 into {@code order} by key, then by tie, then by position: a stable
   * bottom-up merge sort.
   */
  static void sort(int[] order, int[] scratch, int n, double[] key, double[] tie) {
    for (int j = 0; j < n; j++) {
      order[j] = j;
    }
    int[] from = order;
    int[] to = scratch;
    for (int width = 1; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(lo + width, n);
        int hi = Math.min(lo + 2 * width, n);
        int i = lo;
        int k = mid;
        for (int o = lo; o < hi; o++) {
          if (k >= hi || (i < mid && !before(from[k], from[i], key, tie))) {
            to[o] = from[i++];
          } else {
            to[o] = from[k++];
          }
        }
      }
      int[] swap = from;
      from = to;
      to = swap;
    }
    if (from != order) {
      System.arraycopy(from, 0, order, 0, n);
    }
  }

  /**
   * Whether position x comes strictly before position y: a lower key, or the same and a lower tie.
   */
  private static boolean before(int x, int y, double[] key, double[] tie) {
    return key[x] < key[y] || (key[x] == key[y] && tie[x] < tie[y]);
  }

  private static void put(
      double[][] figures, int period, WorkforceMetric metric, int slot, double value) {
    figures[period * METRICS + metric.ordinal()][slot] = value;
  }
}
