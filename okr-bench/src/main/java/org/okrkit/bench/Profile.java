package org.okrkit.bench;

import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.core.Plan;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.ReadLimits;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.testing.OrgPlans;

/**
 * Repeats one operation on a generated plan, for a profiler to watch: {@code java -cp
 * okr-bench/target/benchmarks.jar org.okrkit.bench.Profile build|score|align|json|yaml|sim PEOPLE
 * ROUNDS}, or {@code heap PEOPLE}.
 */
public final class Profile {
  private Profile() {}

  /** Retained heap of a built plan: used heap after GC with the plan held, less without it. */
  static void heap(int people) {
    OrgPlans.Parts parts = OrgPlans.parts(people, 42);
    int elements = parts.elements();
    int checkIns = parts.checkIns().size();
    Plan plan = parts.builder().build();
    parts = null;
    long with = usedAfterGc();
    String summary = plan.toString();
    plan = null;
    long without = usedAfterGc();
    long retained = with - without;
    System.out.printf(
        "%s%n%d elements (owners, objectives, key results, KPIs) and %d check-ins retain %d bytes:"
            + " %.0f bytes per element, %.0f per element or check-in%n",
        summary,
        elements,
        checkIns,
        retained,
        retained / (double) elements,
        retained / (double) (elements + checkIns));
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 5; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Element evaluations per second of {@link ThroughputBenchmarks#simulation()}, by CPU time. */
  static void simulation(int people, int rounds) {
    org.okrkit.simulation.Simulation simulation =
        org.okrkit.simulation.Simulation.compile(ThroughputBenchmarks.simulationSpec(people));
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      var unused = simulation.run();
      long wall = System.nanoTime() - t0;
      long cpu = threads.getCurrentThreadCpuTime() - c0;
      System.out.printf(
          "sim %d evaluations, %d ms wall, %d ms cpu: %.1f million per wall second%n",
          simulation.elementEvaluations(),
          wall / 1_000_000,
          cpu / 1_000_000,
          simulation.elementEvaluations() / (wall / 1e9) / 1e6);
    }
  }

  public static void main(String[] args) {
    String what = args[0];
    int people = Integer.parseInt(args[1]);
    if (what.equals("heap")) {
      heap(people);
      return;
    }
    int rounds = Integer.parseInt(args[2]);
    if (what.equals("sim")) {
      simulation(people, rounds);
      return;
    }
    OrgPlans.Parts parts = OrgPlans.parts(people, 42);
    Plan plan = parts.builder().build();
    Format format = what.equals("json") ? Format.JSON : what.equals("yaml") ? Format.YAML : null;
    String text = format == null ? "" : PlanFiles.write(plan, format);
    ReadLimits limits = IoBenchmarks.raisedLimits();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      long c0 = threads.getCurrentThreadCpuTime();
      // the result is dropped: only the time taken is reported
      Object unused =
          switch (what) {
            case "build" -> parts.builder().build();
            case "json" -> PlanFiles.read(text, Format.JSON, limits);
            case "yaml" -> PlanFiles.read(text, Format.YAML, limits);
            case "score" -> ScoringPolicy.defaults().score(plan, OrgPlans.AS_OF);
            default -> AlignmentAnalyzer.defaults().analyze(plan);
          };
      System.out.printf(
          "%s %d ms wall, %d ms cpu%n",
          what,
          (System.nanoTime() - t0) / 1_000_000,
          (threads.getCurrentThreadCpuTime() - c0) / 1_000_000);
    }
  }
}
