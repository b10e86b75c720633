package org.okrkit.simulation.internal;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.SplittableRandom;
import org.okrkit.scoring.Rollup;
import org.okrkit.scoring.Status;
import org.okrkit.simulation.Bunching;
import org.okrkit.simulation.ForcedDistribution;
import org.okrkit.simulation.MarginalEffort;
import org.okrkit.simulation.Metric;
import org.okrkit.simulation.Noise;
import org.okrkit.simulation.OutcomeModel;

/**
 * One thread's working arrays, sized once for the population, and the evaluation of one trial:
 * draws, behaviour, the four scoring passes of every arm, and the trial's metrics. Nothing is
 * allocated per trial, person or element (host strategies and aggregations excepted).
 *
 * <p>The passes of an arm, all on the same draws: A, the first period; B, the second period (its
 * own noise); C, A with every effort level raised by the effort probe; D, A with every target eased
 * by the sandbagging probe.
 */
// metrics index dense arrays by their declaration order
@SuppressWarnings("EnumOrdinal")
public final class Workspace {
  private static final int PASS_A = 0;
  private static final int PASS_B = 1;
  private static final int PASS_EFFORT = 2;
  private static final int PASS_EASED = 3;

  private final CompiledSimulation sim;
  private final CompiledPopulation pop;
  private final OutcomeModel model;
  private final Noise noise;
  private final boolean normalNoise;

  // per person
  private final double[] ability;
  private final double[] level;
  private final double[] levelResponse;
  private final double[] probeFactor;
  private final double[] latent;
  private final double[] teamDraw;
  private final double[] personDraw;
  private final double[] scoreA;
  private final double[] scoreB;
  private final double[] scoreEffort;
  private final double[] scoreEased;
  private final double[] sorted;
  private final int[] rankLatent;
  private final int[] rankA;
  private final int[] rankB;
  private final Ranks ranks;
  // per element
  private final double[] difficulty;
  private final double[] noiseA;
  private final double[] noiseB;
  private final double[] base;
  private final double[] response;
  private final double[] probeAdd;
  private final double[] actual;

  /** The first period's outcome of each element, kept when a status date is judged. */
  private final double[] outcome;

  private final double[] values;
  // per own element of one person, for the marginal-effort rule
  private final int[] quanta;
  private final double[] gain;
  private final double[] mu0;
  private final double[] expectedNow;

  /** Each arm's rollup, evaluated by this workspace's thread. */
  private final Rollup.Evaluator[] evaluators;

  /** Scores per arm and bin, summed over the trials this workspace ran. */
  final long[][] histogram;

  private int kpisMet;

  /** The elements on track at the status date in the last first-period pass. */
  private int onTrack;

  Workspace(CompiledSimulation sim) {
    this.sim = sim;
    this.pop = sim.population;
    this.model = sim.spec.model();
    this.noise = model.noise();
    this.normalNoise = noise.kind() == Noise.Kind.NORMAL;
    int p = pop.people;
    int e = pop.elements;
    ability = new double[p];
    level = new double[p];
    levelResponse = new double[p];
    probeFactor = new double[p];
    latent = new double[p];
    teamDraw = new double[pop.teams];
    personDraw = new double[p];
    scoreA = new double[p];
    scoreB = new double[p];
    scoreEffort = new double[p];
    scoreEased = new double[p];
    sorted = new double[p];
    rankLatent = new int[p];
    rankA = new int[p];
    rankB = new int[p];
    ranks = new Ranks(p);
    difficulty = new double[e];
    noiseA = new double[e];
    noiseB = new double[e];
    base = new double[e];
    response = new double[e];
    probeAdd = new double[e];
    actual = new double[e];
    outcome = new double[sim.spec.statusAt().isPresent() ? e : 0];
    int slots = e;
    for (CompiledArm arm : sim.arms) {
      slots = Math.max(slots, arm.slots);
    }
    values = new double[slots];
    quanta = new int[pop.maxOwnElements];
    gain = new double[pop.maxOwnElements];
    mu0 = new double[pop.maxOwnElements];
    expectedNow = new double[pop.maxOwnElements];
    histogram = new long[sim.arms.length][sim.spec.histogramBins()];
    evaluators = new Rollup.Evaluator[sim.arms.length];
    for (int r = 0; r < sim.arms.length; r++) {
      evaluators[r] = sim.arms[r].rollup.evaluator();
    }
  }

  /** Runs trial {@code trial} and writes its metrics to {@code out[arm][metric][slot]}. */
  void run(int trial, double[][][] out, int slot) {
    SplittableRandom random =
        new SplittableRandom(CompiledSimulation.trialSeed(sim.spec.seed(), trial));
    draw(random);
    boolean sharedLatent = sim.marginal == null;
    if (sharedLatent) {
      double alpha = model.abilityWeight();
      double beta = model.effortWeight();
      for (int i = 0; i < pop.people; i++) {
        latent[i] = alpha * ability[i] + beta * (levelResponse[i] - 1);
      }
      ranks.rank(latent, pop.people, rankLatent);
    }
    for (int r = 0; r < sim.arms.length; r++) {
      CompiledArm arm = sim.arms[r];
      int sandbaggers = behave(arm);
      if (!sharedLatent) {
        ranks.rank(latent, pop.people, rankLatent);
      }
      pass(arm, PASS_A, scoreA);
      int met = kpisMet;
      int onTrackA = onTrack;
      pass(arm, PASS_B, scoreB);
      pass(arm, PASS_EFFORT, scoreEffort);
      pass(arm, PASS_EASED, scoreEased);
      measure(r, arm, out[r], slot, met, sandbaggers);
      if (arm.expectedAtStatus != null) {
        put(out[r], Metric.ON_TRACK, slot, (double) onTrackA / pop.elements);
      }
    }
  }

  /** The trial's latent traits and both periods' noise, in a fixed order. */
  private void draw(SplittableRandom random) {
    double eta = model.effortSpread();
    for (int i = 0; i < pop.people; i++) {
      double a = random.nextGaussian();
      double u = random.nextGaussian();
      person(i, a, eta > 0 ? Math.exp(eta * u - eta * eta / 2) : 1.0);
    }
    double tau = model.difficultySpread();
    for (int e = 0; e < pop.elements; e++) {
      difficulty[e] = tau > 0 ? pop.difficulty[e] + tau * random.nextGaussian() : pop.difficulty[e];
    }
    drawNoise(random, noiseA);
    drawNoise(random, noiseB);
  }

  private void drawNoise(SplittableRandom random, double[] into) {
    double rhoT = model.teamCorrelation();
    double rhoP = model.personCorrelation();
    double cT = Math.sqrt(rhoT);
    double cP = Math.sqrt(rhoP);
    double cV = Math.sqrt(Math.max(0, 1 - rhoT - rhoP));
    if (cT > 0) {
      for (int k = 0; k < pop.teams; k++) {
        teamDraw[k] = random.nextGaussian();
      }
    }
    if (cP > 0) {
      for (int i = 0; i < pop.people; i++) {
        personDraw[i] = random.nextGaussian();
      }
    }
    double scale = noise.scale();
    int[] owner = pop.elementPerson;
    int[] team = pop.personTeam;
    for (int e = 0; e < pop.elements; e++) {
      double z = cV * random.nextGaussian();
      if (cT > 0) {
        z += cT * teamDraw[team[owner[e]]];
      }
      if (cP > 0) {
        z += cP * personDraw[owner[e]];
      }
      into[e] = normalNoise ? scale * z : noiseOf(z);
    }
  }

  /** The noise for a correlated standard normal draw {@code z}, checked to be finite. */
  double noiseOf(double z) {
    double n = noise.apply(z);
    if (!Double.isFinite(n)) {
      throw new IllegalStateException(
          "noise " + noise + " gave " + n + " for z = " + z + "; noise must be a finite number");
    }
    return n;
  }

  /**
   * Sets person {@code i}'s traits, as a trial draws them: ability {@code a} and effort level
   * {@code effortLevel} (above 0), with the effort response and the effort probe's factor they
   * imply.
   */
  void person(int i, double a, double effortLevel) {
    double gamma = model.effortElasticity();
    double probe = sim.spec.effortProbe();
    ability[i] = a;
    level[i] = effortLevel;
    levelResponse[i] = Math.pow(effortLevel, gamma);
    probeFactor[i] = Math.pow((effortLevel + probe) / effortLevel, gamma) - 1;
  }

  /** Sets element {@code e}'s difficulty for the period to come. */
  void difficulty(int e, double d) {
    difficulty[e] = d;
  }

  /** Sets the noise in element {@code e}'s outcome for the period to come. */
  void noise(int e, double n) {
    noiseA[e] = n;
  }

  /**
   * One period of a workforce under arm {@code arm}: with the people's traits, the elements'
   * difficulties and the noise set, the behaviour rules respond to the arm's policy and every
   * person is scored as a trial's first period scores them; their composites go to {@code scores}.
   */
  void period(int arm, double[] scores) {
    CompiledArm a = sim.arms[arm];
    behave(a);
    pass(a, PASS_A, scores);
  }

  /**
   * Applies the behaviour rules under one arm: who sandbags, where effort goes; fills the outcome
   * without noise ({@code base}), the effort response, the effort probe's increments and, with
   * marginal effort, the latent performance. Returns the number of people sandbagging.
   */
  @CanIgnoreReturnValue
  private int behave(CompiledArm arm) {
    double alpha = model.abilityWeight();
    double beta = model.effortWeight();
    int sandbaggers = 0;
    for (int i = 0; i < pop.people; i++) {
      int s0 = pop.personStart[i];
      int s1 = pop.personStart[i + 1];
      double personal = alpha * ability[i];
      double shift = 0;
      if (sim.sandbagging != null && arm.personSlot[i] >= 0) {
        double ease = sim.sandbagging.ease();
        double expectedGain = 0;
        // consecutive elements alike (same table, outcome and weight) gain alike: look up once
        double[] lastTable = null;
        double lastMu = Double.NaN;
        double lastOmega = Double.NaN;
        double lastGain = 0;
        for (int k = s0; k < s1; k++) {
          int e = pop.personElements[k];
          double mu = 1 - difficulty[e] + personal + beta * (levelResponse[i] - 1);
          double omega = arm.omega[e];
          double[] table = arm.expectedTable(e);
          if (table != lastTable || mu != lastMu || omega != lastOmega) {
            lastGain = omega * (arm.expectedScore(e, mu + ease) - arm.expectedScore(e, mu));
            lastTable = table;
            lastMu = mu;
            lastOmega = omega;
          }
          expectedGain += lastGain;
        }
        if (expectedGain > sim.sandbagging.cost()) {
          shift = ease;
          sandbaggers++;
        }
      }
      MarginalEffort marginal = sim.marginal;
      if (marginal == null) {
        for (int k = s0; k < s1; k++) {
          int e = pop.personElements[k];
          response[e] = levelResponse[i];
          base[e] = 1 - difficulty[e] + shift + personal + beta * (levelResponse[i] - 1);
        }
      } else {
        allocate(arm, marginal, i, s0, s1, 1 + shift + personal);
        double sum = 0;
        for (int k = s0; k < s1; k++) {
          sum += response[pop.personElements[k]] - 1;
        }
        latent[i] = personal + beta * (sum / (s1 - s0));
      }
      for (int k = s0; k < s1; k++) {
        int e = pop.personElements[k];
        probeAdd[e] = beta * response[e] * probeFactor[i];
      }
    }
    return sandbaggers;
  }

  /** Hands out person i's effort quanta greedily by marginal expected composite score. */
  // & and | rather than && and ||: the best candidate is chosen without a branch per candidate
  @SuppressWarnings("ShortCircuitBoolean")
  private void allocate(
      CompiledArm arm, MarginalEffort marginal, int i, int s0, int s1, double offset) {
    double beta = model.effortWeight();
    int q = marginal.quanta();
    int n = s1 - s0;
    double stepResponse = Math.pow(level[i] / q, model.effortElasticity());
    double[] power = sim.quantaPower;
    for (int k = 0; k < n; k++) {
      int e = pop.personElements[s0 + k];
      quanta[k] = 0;
      mu0[k] = offset - difficulty[e];
      if (k > 0 && alike(arm, pop.personElements[s0 + k - 1], e, mu0[k - 1], mu0[k])) {
        expectedNow[k] = expectedNow[k - 1];
        gain[k] = gain[k - 1];
      } else {
        expectedNow[k] = arm.expectedScore(e, mu0[k] + beta * (stepResponse * power[0] - 1));
        gain[k] = marginalGain(arm, e, k, stepResponse, 0);
      }
    }
    for (int given = q * n; given > 0; given--) {
      // the highest gain; of equal gains the element with less effort so far, then the first
      int best = 0;
      double bestGain = gain[0];
      int bestQuanta = quanta[0];
      for (int k = 1; k < n; k++) {
        double g = gain[k];
        int m = quanta[k];
        boolean better = g > bestGain | (g == bestGain & m < bestQuanta);
        best = better ? k : best;
        bestGain = better ? g : bestGain;
        bestQuanta = better ? m : bestQuanta;
      }
      quanta[best]++;
      int e = pop.personElements[s0 + best];
      gain[best] = marginalGain(arm, e, best, stepResponse, quanta[best]);
    }
    for (int k = 0; k < n; k++) {
      int e = pop.personElements[s0 + k];
      response[e] = stepResponse * power[quanta[k]];
      base[e] = mu0[k] + beta * (response[e] - 1);
    }
  }

  /** Whether two elements have the same expected-score table, outcome and weight. */
  private static boolean alike(CompiledArm arm, int e, int f, double mu, double nu) {
    return arm.expectedTable(e) == arm.expectedTable(f) && mu == nu && arm.omega[e] == arm.omega[f];
  }

  /**
   * The gain in element e's (own element k's) weighted expected score from one more quantum on top
   * of m; keeps the expected score at m + 1 quanta for the next call, which starts there.
   */
  private double marginalGain(CompiledArm arm, int e, int k, double stepResponse, int m) {
    double beta = model.effortWeight();
    double[] power = sim.quantaPower;
    double now = expectedNow[k];
    double more = arm.expectedScore(e, mu0[k] + beta * (stepResponse * power[m + 1] - 1));
    expectedNow[k] = more;
    return arm.omega[e] * (more - now);
  }

  /** One scoring pass of one arm: outcomes, actual values, element scores, composites. */
  private static final boolean[] NO_JUMPS = new boolean[0];

  private void pass(CompiledArm arm, int pass, double[] scores) {
    int n = pop.elements;
    double[] noise = pass == PASS_B ? noiseB : noiseA;
    double[] add = probeAdd;
    boolean effort = pass == PASS_EFFORT;
    double ease = pass == PASS_EASED ? sim.spec.sandbagProbe() : 0.0;
    Bunching bunching = sim.bunching;
    boolean bunch = bunching != null;
    double bunchFrom = bunching != null ? 1 - bunching.window() : 1.0;
    // read only when bunching is simulated
    boolean[] jump = bunching != null ? arm.jumps() : NO_JUMPS;
    boolean count = pass == PASS_A;
    boolean[] kpi = pop.isKpi;
    byte[] op = pop.mapOp;
    double[] a = pop.mapA;
    double[] b = pop.mapB;
    double[] c = pop.mapC;
    int met = 0;
    boolean keep = count && arm.expectedAtStatus != null;
    // one loop over the elements: outcome, bunching, KPIs met, actual value
    for (int e = 0; e < n; e++) {
      double y = base[e] + noise[e];
      if (effort) {
        y += add[e];
      } else if (ease != 0.0) {
        y += ease;
      }
      if (bunch && jump[e] && y < 1 && y >= bunchFrom) {
        y = 1;
      }
      if (count && kpi[e] && y >= 1) {
        met++;
      }
      if (keep) {
        outcome[e] = y;
      }
      actual[e] =
          op[e] == CompiledPopulation.MAP_VALUE
              ? a[e] + (y - 1) * b[e]
              : CompiledPopulation.actual(op[e], a[e], b[e], c[e], y);
    }
    if (count) {
      kpisMet = met;
      double[] expectedAt = arm.expectedAtStatus;
      double[] made = arm.madeAtStatus;
      if (expectedAt != null && made != null) {
        onTrack = onTrack(arm, expectedAt, made);
      }
    }
    score(arm, actual, scores);
  }

  /**
   * How many elements are on track at the status date: each element's outcome {@code y} accrues
   * evenly over its period (a KPI reporting per interval has it whole in each report), and the
   * progress made by then is judged against the progress its pace expects, as a scorecard does.
   */
  private int onTrack(CompiledArm arm, double[] expectedAt, double[] made) {
    int on = 0;
    for (int e = 0; e < pop.elements; e++) {
      double progress = Math.max(0, Math.min(1, made[e] * outcome[e]));
      if (arm.tolerance.status(expectedAt[e], progress) == Status.ON_TRACK) {
        on++;
      }
    }
    return on;
  }

  /**
   * Scores the elements' actual values under the arm's policy and rolls them up to each person's
   * composite (0 for a person the policy leaves unscored): the scorecard's rollup, on arrays.
   */
  private void score(CompiledArm arm, double[] actual, double[] scores) {
    arm.batch.score(actual, values);
    evaluators[arm.index].evaluate(values);
    int[] slot = arm.personSlot;
    for (int i = 0; i < pop.people; i++) {
      scores[i] = slot[i] < 0 ? 0.0 : values[slot[i]];
    }
  }

  /**
   * Every person's composite under arm {@code arm} for the given actual values (in the population's
   * element order), as a trial scores them: for tests that compare the simulation's scoring with a
   * scorecard's.
   */
  double[] scoreActuals(int arm, double[] actuals) {
    if (actuals.length != pop.elements) {
      throw new IllegalArgumentException(
          "got " + actuals.length + " actual values for " + pop.elements + " elements");
    }
    double[] scores = new double[pop.people];
    score(sim.arms[arm], actuals.clone(), scores);
    return scores;
  }

  /** The trial's metrics for one arm, from the four passes. */
  private void measure(int r, CompiledArm arm, double[][] out, int slot, int met, int sandbaggers) {
    int n = pop.people;
    int[] order = ranks.rank(scoreA, n, rankA);
    for (int k = 0; k < n; k++) {
      sorted[k] = scoreA[order[k]];
    }
    // in sorted order, so that the figures do not depend on how people are numbered
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += sorted[k];
    }
    double mean = sum / n;
    double squares = 0;
    for (int k = 0; k < n; k++) {
      double d = sorted[k] - mean;
      squares += d * d;
    }
    int bins = histogram[r].length;
    for (int k = 0; k < n; k++) {
      int bin = (int) (sorted[k] / arm.maxScore * bins);
      histogram[r][Math.max(0, Math.min(bins - 1, bin))]++;
    }
    put(out, Metric.MEAN_SCORE, slot, mean);
    put(out, Metric.SD_SCORE, slot, Math.sqrt(squares / n));
    put(out, Metric.P10, slot, Stats.quantile(sorted, n, 0.10));
    put(out, Metric.P25, slot, Stats.quantile(sorted, n, 0.25));
    put(out, Metric.MEDIAN, slot, Stats.quantile(sorted, n, 0.50));
    put(out, Metric.P75, slot, Stats.quantile(sorted, n, 0.75));
    put(out, Metric.P90, slot, Stats.quantile(sorted, n, 0.90));
    put(out, Metric.KPIS_MET, slot, pop.kpis == 0 ? 0 : (double) met / pop.kpis);
    put(out, Metric.VALIDITY, slot, Ranks.spearman(rankLatent, rankA, n));
    ranks.rank(scoreB, n, rankB);
    put(out, Metric.RELIABILITY, slot, Ranks.spearman(rankA, rankB, n));
    double effort = 0;
    double eased = 0;
    for (int i = 0; i < n; i++) {
      effort += scoreEffort[i] - scoreA[i];
      eased += scoreEased[i] - scoreA[i];
    }
    put(out, Metric.INCENTIVE_GRADIENT, slot, effort / n / sim.spec.effortProbe());
    put(out, Metric.SANDBAG_GAIN, slot, eased / n);
    put(out, Metric.SANDBAGGERS, slot, (double) sandbaggers / n);
    if (arm.arm.rating().isPresent()) {
      put(
          out,
          Metric.MISCLASSIFIED,
          slot,
          misclassified(arm.arm.rating().get(), rankA, rankLatent, n));
    }
  }

  /**
   * The share of people whose category by score differs from their category by latent performance.
   */
  static double misclassified(ForcedDistribution rating, int[] byScore, int[] byLatent, int n) {
    double[] cumulative = Ranks.cumulative(rating.shares());
    int wrong = 0;
    for (int i = 0; i < n; i++) {
      if (Ranks.category(byScore[i], n, cumulative) != Ranks.category(byLatent[i], n, cumulative)) {
        wrong++;
      }
    }
    return (double) wrong / n;
  }

  private static void put(double[][] out, Metric metric, int slot, double value) {
    out[metric.ordinal()][slot] = value;
  }
}
