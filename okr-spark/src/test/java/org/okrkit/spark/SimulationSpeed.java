package org.okrkit.spark;

import java.util.Arrays;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.ForcedDistribution;
import org.okrkit.simulation.GeneratedPopulation;
import org.okrkit.simulation.Simulation;
import org.okrkit.simulation.SimulationResult;
import org.okrkit.simulation.SimulationSpec;

/**
 * One sizeable simulation run both ways, on Spark's {@code local[2]} and in one JVM on two threads:
 * checks that the two results are equal, bit for bit, and prints both times and their ratio.
 *
 * <pre>
 * mvn -B -o -pl okr-spark -am verify -P simulation-speed -DskipTests
 * </pre>
 *
 * <p>Arguments, all optional: the number of teams of eight people (250), trials (400), Spark tasks
 * (8) and timed rounds (3); each way runs once to warm up, then the rounds, and the median round
 * counts. Not a test: it measures wall time, and the machine's load moves it.
 */
public final class SimulationSpeed {
  private SimulationSpeed() {}

  static SimulationSpec spec(int teams, int trials) {
    return SimulationSpec.builder()
        .population(GeneratedPopulation.builder().teams(teams).build())
        .addArms(
            Arm.of("binary", ScoringPolicy.defaults()),
            Arm.of("linear", ScoringPolicy.builder().kpiStrategy(Strategies.linear()).build()),
            Arm.rated(
                "tiered",
                ScoringPolicy.builder().kpiStrategy(Strategies.tiered()).build(),
                ForcedDistribution.of(0.2, 0.7, 0.1)))
        .trials(trials)
        .seed(2026)
        .build();
  }

  /**
   * Runs the comparison.
   *
   * @param args teams, trials, tasks and rounds, each optional
   */
  public static void main(String[] args) {
    int teams = args.length > 0 ? Integer.parseInt(args[0]) : 250;
    int trials = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    int tasks = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
    SpecSource source = () -> spec(teams, trials);
    long made = System.nanoTime();
    // what each executor does once per job before its first trials: make the spec and compile it
    Simulation simulation = Simulation.compile(source.spec());
    double compile = (System.nanoTime() - made) / 1e9;
    SparkSession spark = Studies.session("local[2]");
    try {
      SimulationResult inOneJvm = simulation.run(2);
      SimulationResult onSpark = SparkSimulation.run(spark, source, tasks);
      if (!inOneJvm.equals(onSpark)) {
        throw new IllegalStateException("local[2] and one JVM gave different results");
      }
      double[] jvm = new double[rounds];
      double[] sparkTimes = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        long start = System.nanoTime();
        SimulationResult a = simulation.run(2);
        jvm[round] = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        SimulationResult b = SparkSimulation.run(spark, source, tasks);
        sparkTimes[round] = (System.nanoTime() - start) / 1e9;
        if (!a.equals(inOneJvm) || !b.equals(inOneJvm)) {
          throw new IllegalStateException("a round gave another result than the first run");
        }
      }
      double oneJvm = median(jvm);
      double local2 = median(sparkTimes);
      System.out.printf(
          Locale.ROOT,
          "%s, %,d element evaluations%n"
              + "the same result on local[2] (%d tasks) and in one JVM on two threads: true%n"
              + "one JVM, two threads: %.3f s (rounds %s)%n"
              + "Spark local[2]:       %.3f s (rounds %s)%n"
              + "ratio local[2] / one JVM: %.2f%n"
              + "making and compiling the spec once (each executor does it once per job): %.3f s%n",
          simulation,
          simulation.elementEvaluations(),
          tasks,
          oneJvm,
          seconds(jvm),
          local2,
          seconds(sparkTimes),
          local2 / oneJvm,
          compile);
    } finally {
      spark.stop();
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  private static String seconds(double[] values) {
    StringBuilder s = new StringBuilder();
    for (double v : values) {
      s.append(s.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.3f", v));
    }
    return s.toString();
  }
}
