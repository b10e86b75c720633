package org.okrkit.bench;

import org.okrkit.core.Plan;
import org.okrkit.core.alignment.AlignmentAnalyzer;
import org.okrkit.scoring.ScoringPolicy;

/**
 * Repeats one operation on a generated plan, for a profiler to watch: {@code java -cp
 * okr-bench/target/benchmarks.jar org.okrkit.bench.Profile build|score|align PEOPLE ROUNDS}.
 */
public final class Profile {
  private Profile() {}

  public static void main(String[] args) {
    String what = args[0];
    int people = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    OrgPlans.Parts parts = OrgPlans.parts(people, 42);
    Plan plan = parts.builder().build();
    for (int i = 0; i < rounds; i++) {
      long t0 = System.nanoTime();
      switch (what) {
        case "build":
          parts.builder().build();
          break;
        case "score":
          ScoringPolicy.defaults().score(plan, OrgPlans.AS_OF);
          break;
        default:
          AlignmentAnalyzer.defaults().analyze(plan);
      }
      System.out.printf("%s %d ms%n", what, (System.nanoTime() - t0) / 1_000_000);
    }
  }
}
