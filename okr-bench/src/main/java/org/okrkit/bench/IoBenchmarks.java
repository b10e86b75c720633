package org.okrkit.bench;

import java.util.concurrent.TimeUnit;
import org.okrkit.core.Plan;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.ReadLimits;
import org.okrkit.testing.OrgPlans;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Reading and writing generated plans as JSON and YAML, with the limits raised to fit them. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
public class IoBenchmarks {
  @Param({"1000", "10000", "100000"})
  public int people;

  @Param({"JSON", "YAML"})
  public String format;

  private Plan plan;
  private String text;
  private ReadLimits limits;

  @Setup(Level.Trial)
  public void setUp() {
    plan = OrgPlans.generate(people, 42);
    text = PlanFiles.write(plan, Format.valueOf(format));
    limits = raisedLimits();
  }

  /** Limits that any generated plan fits in: the defaults refuse files over 10 MiB. */
  static ReadLimits raisedLimits() {
    return ReadLimits.builder().maxBytes(Long.MAX_VALUE / 2).maxValues(Integer.MAX_VALUE).build();
  }

  /** Writes the plan as text. */
  @Benchmark
  public String write() {
    return PlanFiles.write(plan, Format.valueOf(format));
  }

  /** Reads the plan from text, validating it. */
  @Benchmark
  public Plan read() {
    return PlanFiles.read(text, Format.valueOf(format), limits);
  }
}
