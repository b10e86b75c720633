package org.okrkit.simulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.io.FileProblem;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFileException;
import org.okrkit.io.PolicyFiles;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;
import org.okrkit.simulation.Dismissal;
import org.okrkit.simulation.ForcedDistribution;
import org.okrkit.simulation.GeneratedPopulation;
import org.okrkit.simulation.MarginalEffort;
import org.okrkit.simulation.Noise;
import org.okrkit.simulation.OutcomeModel;
import org.okrkit.simulation.Probation;
import org.okrkit.simulation.Selection;
import org.okrkit.simulation.Turnover;
import org.okrkit.simulation.WorkforceArm;
import org.okrkit.simulation.WorkforceRating;
import org.okrkit.simulation.WorkforceSpec;

class WorkforceFilesTest {
  private static final Path PLANS =
      Path.of(System.getProperty("okrkit.plans", "../okr-examples/plans"));

  private static List<String> problems(String yaml) {
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> WorkforceFiles.read(yaml, Format.YAML, PLANS));
    return e.problems().stream().map(FileProblem::toString).collect(Collectors.toList());
  }

  @Test
  void everySettingIsRead() throws IOException {
    WorkforceSpec spec =
        WorkforceFiles.read(
            String.join(
                "\n",
                "version: 1",
                "kind: workforce",
                "population: {teams: 5, peoplePerTeam: 20, kpisPerPerson: 3}",
                "model: {abilityWeight: 0.3, noise: {kind: LOGNORMAL, scale: 0.3, shape: 0.4}}",
                "rules: [marginalEffort]",
                "arms:",
                "  - name: plain",
                "    rating: {plain: 0.5}",
                "    dismissal: {lowestShare: 0.1}",
                "    probation: {periods: 2, share: 0.2}",
                "    turnover: {rate: 0.1, ratingEffect: -0.5}",
                "    selection: {validity: 0.4, ratio: 0.25}",
                "  - name: company",
                "    rating: {policy: internet-company.policy.yaml}",
                "    dismissal: {forcedDistribution: [0.2, 0.7, 0.1]}",
                "  - name: graded",
                "    rating: {policy: {kpiStrategy: linear}}",
                "    dismissal: {belowScore: 0.4}",
                "    turnover: {rate: 0.05}",
                "    selection: {ratio: 0.5}",
                "periods: 30",
                "replications: 250",
                "seed: 2026",
                "parallelism: 2",
                "confidence: 0.9"),
            Format.YAML,
            PLANS);
    assertEquals(
        GeneratedPopulation.builder().teams(5).peoplePerTeam(20).kpisPerPerson(3).build(),
        spec.population());
    assertEquals(
        OutcomeModel.builder().abilityWeight(0.3).noise(Noise.lognormal(0.3, 0.4)).build(),
        spec.model());
    assertEquals(List.of(MarginalEffort.of()), spec.rules());
    assertEquals(
        List.of(
            WorkforceArm.builder()
                .name("plain")
                .rating(WorkforceRating.plain(0.5))
                .dismissal(Dismissal.lowestShare(0.1))
                .probation(Probation.of(2, 0.2))
                .turnover(Turnover.of(0.1, -0.5))
                .selection(Selection.of(0.4, 0.25))
                .build(),
            WorkforceArm.builder()
                .name("company")
                .rating(
                    WorkforceRating.policy(
                        PolicyFiles.read(PLANS.resolve("internet-company.policy.yaml"))))
                .dismissal(Dismissal.forced(ForcedDistribution.of(0.2, 0.7, 0.1)))
                .build(),
            WorkforceArm.builder()
                .name("graded")
                .rating(
                    WorkforceRating.policy(
                        ScoringPolicy.builder().kpiStrategy(Strategies.linear()).build()))
                .dismissal(Dismissal.belowScore(0.4))
                .turnover(Turnover.of(0.05))
                .selection(Selection.of(0, 0.5))
                .build()),
        spec.arms());
    assertEquals(30, spec.periods());
    assertEquals(250, spec.replications());
    assertEquals(2026, spec.seed());
    assertEquals(2, spec.parallelism());
    assertEquals(0.9, spec.confidence());
  }

  @Test
  void theExampleStudyReads() throws IOException {
    Path file = PLANS.resolve("workforce.simulation.yaml");
    assertEquals(SpecKind.WORKFORCE, SimulationFiles.kind(file));
    WorkforceSpec spec = WorkforceFiles.read(file);
    assertEquals(30, spec.periods());
    assertEquals(100, ((GeneratedPopulation) spec.population()).people());
    assertEquals(12, spec.arms().size());
  }

  @Test
  void theKindTellsTheTwoSpecsApart() throws IOException {
    assertEquals(
        SpecKind.COMPARISON, SimulationFiles.kind(PLANS.resolve("policies.simulation.yaml")));
    assertEquals(SpecKind.COMPARISON, SimulationFiles.kind("kind: comparison", Format.YAML));
    assertEquals(
        SpecKind.WORKFORCE, SimulationFiles.kind("{\"kind\": \"workforce\"}", Format.JSON));
    PlanFileException unknown =
        assertThrows(
            PlanFileException.class, () -> SimulationFiles.kind("kind: workforse", Format.YAML));
    assertEquals(
        List.of(
            "1:7: kind: unknown kind 'workforse' (did you mean 'workforce'?); expected one of"
                + " comparison, workforce, sweep"),
        unknown.problems().stream().map(FileProblem::toString).collect(Collectors.toList()));
    PlanFileException list =
        assertThrows(PlanFileException.class, () -> SimulationFiles.kind("[1, 2]", Format.YAML));
    assertEquals(
        "1:1: expected a simulation spec (an object), got a list",
        list.problems().get(0).toString());

    // each reader refuses the other's kind at the kind
    assertEquals(
        List.of(
            "1:7: kind: this spec is a policy comparison; expected a workforce study here (kind:"
                + " workforce); read it with SimulationFiles"),
        problems("kind: comparison\narms: [{name: a, rating: {plain: 1}}]"));
    assertEquals(
        List.of("1:1: missing required field 'kind'"),
        problems("arms: [{name: a, rating: {plain: 1}}]"));
    PlanFileException comparison =
        assertThrows(
            PlanFileException.class,
            () -> SimulationFiles.read("kind: workforce\narms: [{name: a}]", Format.YAML, PLANS));
    assertEquals(
        "1:7: kind: this spec is a workforce study; expected a policy comparison here (kind:"
            + " comparison, or no kind); read it with WorkforceFiles",
        comparison.problems().get(0).toString());
  }

  @Test
  void badStudiesAreReportedWithTheirPlace() {
    assertEquals(
        List.of(
            "4:37: arms[0].dismissal.forcedDistribution: shares must add up to 1, got 0.95",
            "5:16: arms[0].selection: the selection ratio must lie above 0 and at most 1, got 1.5",
            "7:15: arms[1].turnover: the turnover rate must lie from 0 to 1, got -0.1",
            "8:16: arms[1].selection: the selection ratio must lie above 0 and at most 1, got 0",
            "9:10: periods: expected a whole number from 1 to 1000, got 0"),
        problems(
            String.join(
                "\n",
                "kind: workforce",
                "arms:",
                "  - {name: a, rating: {plain: 0.5},",
                "    dismissal: {forcedDistribution: [0.2, 0.7, 0.05]},",
                "    selection: {validity: 0.5, ratio: 1.5}}",
                "  - {name: b, rating: {policy: {}},",
                "    turnover: {rate: -0.1},",
                "    selection: {ratio: 0}}",
                "periods: 0")));
  }

  @Test
  void shapeProblemsAreAllReportedWithTheirPlace() {
    assertEquals(
        List.of(
            "3:5: arms[0]: missing required field 'rating'",
            "4:23: arms[1].rating: expected one of 'plain' (a validity from 0 to 1: ability plus"
                + " noise) and 'policy' (a policy file, or a policy written in place)",
            "5:23: arms[2].rating: expected only one of 'plain' (a validity from 0 to 1: ability"
                + " plus noise) and 'policy' (a policy file, or a policy written in place)",
            "6:31: arms[3].rating.plain: a plain rating's validity must lie from 0 to 1, got 2",
            "7:46: arms[4].dismissal: expected only one of lowestShare, forcedDistribution,"
                + " belowScore; leave the dismissal out for none",
            "8:60: arms[5].dismissal.lowestShare: the lowest share dismissed must lie above 0 and"
                + " below 1, got 0",
            "9:46: arms[6].probation: missing required field 'share'",
            "10:45: arms[7].turnover: missing required field 'rate'",
            "10:46: arms[7].turnover.rat: unknown field 'rat' (did you mean 'rate'?); a turnover"
                + " takes rate, ratingEffect",
            "11:56: arms[8].probation.periods: expected a whole number from 1 to 1000, got 1.5",
            "12:1: replicatons: unknown field 'replicatons' (did you mean 'replications'?); a"
                + " workforce study takes $schema, version, kind, population, model, rules, arms,"
                + " periods, replications, seed, parallelism, confidence"),
        problems(
            String.join(
                "\n",
                "kind: workforce",
                "arms:",
                "  - {name: a}",
                "  - {name: b, rating: {}}",
                "  - {name: c, rating: {plain: 0.5, policy: {}}}",
                "  - {name: d, rating: {plain: 2}}",
                "  - {name: e, rating: {plain: 1}, dismissal: {lowestShare: 0.1, belowScore: 0}}",
                "  - {name: f, rating: {plain: 1}, dismissal: {lowestShare: 0}}",
                "  - {name: g, rating: {plain: 1}, probation: {periods: 1}}",
                "  - {name: h, rating: {plain: 1}, turnover: {rat: 0.1}}",
                "  - {name: i, rating: {plain: 1}, probation: {periods: 1.5, share: 0.1}}",
                "replicatons: 10")));
  }

  @Test
  void aStudyNeedsArmsWithUniqueNames() {
    assertEquals(
        List.of("1:1: missing required field 'arms'"), problems("kind: workforce\nperiods: 3"));
    assertEquals(
        List.of("2:7: arms: expected at least one arm, got an empty list"),
        problems("kind: workforce\narms: []"));
    assertEquals(
        List.of("1:1: arm names must be unique: 'a' appears twice"),
        problems(
            "kind: workforce\narms: [{name: a, rating: {plain: 1}}, {name: a, rating: {plain: 0}}]"));
  }

  @Test
  void aPolicyFileTheStudyNamesIsCheckedToo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("broken.policy.yaml"), "kpiStrategy: nope\n");
    Path spec = dir.resolve("w.simulation.yaml");
    Files.writeString(
        spec, "kind: workforce\narms: [{name: a, rating: {policy: broken.policy.yaml}}]\n");
    PlanFileException e = assertThrows(PlanFileException.class, () -> WorkforceFiles.read(spec));
    String problem = e.problems().get(0).toString();
    assertTrue(
        problem.contains(
            "2:35: arms[0].rating.policy: the policy file 'broken.policy.yaml' is not a valid"
                + " policy: "),
        problem);
  }

  @Test
  void aWrittenStudyReadsBackEqualAndNamesNoFile(@TempDir Path dir) throws IOException {
    WorkforceSpec spec =
        WorkforceFiles.read(
            "kind: workforce\n"
                + "arms: [{name: own, rating: {policy: internet-company.policy.yaml},"
                + " dismissal: {lowestShare: 0.05}},"
                + " {name: plain, rating: {plain: 0.3}, dismissal: {belowScore: -1},"
                + " probation: {periods: 1, share: 0}}]\n",
            Format.YAML,
            PLANS);
    Path file = dir.resolve("again.simulation.json");
    WorkforceFiles.write(spec, file);
    String text = Files.readString(file);
    assertTrue(!text.contains(".yaml"), text);
    assertTrue(text.contains("\"lowestShare\": 0.05"), text);
    assertEquals(spec, WorkforceFiles.read(file));
    String yaml = WorkforceFiles.write(spec, Format.YAML);
    assertTrue(yaml.startsWith("version: 1\nkind: workforce\n"), yaml);
    assertEquals(spec, WorkforceFiles.read(yaml, Format.YAML, dir));
  }

  @Test
  void whatAFileCannotHoldIsRefusedWhenWriting() {
    WorkforceSpec host =
        WorkforceSpec.builder()
            .model(OutcomeModel.builder().noise(Noise.host("t", 0.2, z -> z)).build())
            .addArms(WorkforceArm.of("a", WorkforceRating.plain(1)))
            .build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> WorkforceFiles.write(host, Format.YAML));
    assertTrue(e.getMessage().startsWith("model.noise: a host's own noise shape"), e.getMessage());
    WorkforceSpec lambda =
        WorkforceSpec.builder()
            .addArms(
                WorkforceArm.of(
                    "a",
                    WorkforceRating.policy(
                        ScoringPolicy.builder().kpiStrategy(input -> 0.5).build())))
            .build();
    e =
        assertThrows(
            IllegalArgumentException.class, () -> WorkforceFiles.write(lambda, Format.JSON));
    assertTrue(e.getMessage().startsWith("arms[0].rating.policy: "), e.getMessage());
  }
}
