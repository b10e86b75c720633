package org.okrkit.simulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.io.FileProblem;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFileException;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.PolicyFiles;
import org.okrkit.io.ReadLimits;
import org.okrkit.scoring.ScoringPolicy;
import org.okrkit.scoring.Strategies;
import org.okrkit.simulation.Arm;
import org.okrkit.simulation.Bunching;
import org.okrkit.simulation.ForcedDistribution;
import org.okrkit.simulation.GeneratedPopulation;
import org.okrkit.simulation.MarginalEffort;
import org.okrkit.simulation.Noise;
import org.okrkit.simulation.OutcomeModel;
import org.okrkit.simulation.PlanPopulation;
import org.okrkit.simulation.Sandbagging;
import org.okrkit.simulation.SimulationSpec;

class SimulationFilesTest {
  private static final Path PLANS =
      Path.of(System.getProperty("okrkit.plans", "../okr-examples/plans"));

  private static List<String> problems(String yaml) {
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> SimulationFiles.read(yaml, Format.YAML, PLANS));
    return e.problems().stream().map(FileProblem::toString).collect(Collectors.toList());
  }

  @Test
  void everySettingIsRead() {
    SimulationSpec spec =
        SimulationFiles.read(
            String.join(
                "\n",
                "version: 1",
                "population: {teams: 3, peoplePerTeam: 4, kpisPerPerson: 2, keyResultsPerPerson: 0,",
                "  committedShare: 0.25, depth: 1, teamsPerDepartment: 2}",
                "model:",
                "  abilityWeight: 0.3",
                "  effortWeight: 0.1",
                "  effortElasticity: 0.7",
                "  effortSpread: 0.2",
                "  noise: {kind: LOGNORMAL, scale: 0.3, shape: 0.4}",
                "  personCorrelation: 0.2",
                "  teamCorrelation: 0.1",
                "  kpiDifficulty: 0.05",
                "  committedDifficulty: 0.1",
                "  aspirationalDifficulty: 0.4",
                "  difficultySpread: 0.15",
                "rules: [{type: marginalEffort, quanta: 8}, {type: sandbagging, ease: 0.2, cost: 0.05},",
                "  {type: bunching, window: 0.1}]",
                "arms:",
                "  - {name: plain}",
                "  - name: tiered",
                "    policy: {kpiStrategy: {type: tiered, floor: 0.25, ceiling: 1.75}}",
                "    rating: [0.1, 0.8, 0.1]",
                "  - {name: company, policy: internet-company.policy.yaml}",
                "trials: 50",
                "seed: 99",
                "parallelism: 2",
                "confidence: 0.9",
                "histogramBins: 10",
                "effortProbe: 0.05",
                "sandbagProbe: 0.2"),
            Format.YAML,
            PLANS);
    assertEquals(
        GeneratedPopulation.builder()
            .teams(3)
            .peoplePerTeam(4)
            .kpisPerPerson(2)
            .keyResultsPerPerson(0)
            .committedShare(0.25)
            .depth(1)
            .teamsPerDepartment(2)
            .build(),
        spec.population());
    assertEquals(
        OutcomeModel.builder()
            .abilityWeight(0.3)
            .effortWeight(0.1)
            .effortElasticity(0.7)
            .effortSpread(0.2)
            .noise(Noise.lognormal(0.3, 0.4))
            .personCorrelation(0.2)
            .teamCorrelation(0.1)
            .kpiDifficulty(0.05)
            .committedDifficulty(0.1)
            .aspirationalDifficulty(0.4)
            .difficultySpread(0.15)
            .build(),
        spec.model());
    assertEquals(
        List.of(MarginalEffort.of(8), Sandbagging.of(0.2, 0.05), Bunching.of(0.1)), spec.rules());
    assertEquals(
        List.of(
            Arm.of("plain", ScoringPolicy.defaults()),
            Arm.rated(
                "tiered",
                ScoringPolicy.builder().kpiStrategy(Strategies.tiered(0.25, 1.75)).build(),
                ForcedDistribution.of(0.1, 0.8, 0.1)),
            Arm.of(
                "company",
                ScoringPolicy.builder()
                    .keyResultStrategy(Strategies.linear(1.2, false))
                    .kpiStrategy(Strategies.binary())
                    .putElementStrategy("K-features", Strategies.range(1))
                    .keyResultKpiShare(0.3)
                    .missingValue(org.okrkit.scoring.MissingValue.ZERO)
                    .build())),
        spec.arms());
    assertEquals(50, spec.trials());
    assertEquals(99, spec.seed());
    assertEquals(2, spec.parallelism());
    assertEquals(0.9, spec.confidence());
    assertEquals(10, spec.histogramBins());
    assertEquals(0.05, spec.effortProbe());
    assertEquals(0.2, spec.sandbagProbe());
  }

  @Test
  void theExampleSpecsRead() throws IOException {
    SimulationSpec policies = SimulationFiles.read(PLANS.resolve("policies.simulation.yaml"));
    assertEquals(10_000, ((GeneratedPopulation) policies.population()).people());
    assertEquals(1000, policies.trials());
    assertEquals(
        List.of("binary KPIs", "graded KPIs", "tiered payout"),
        policies.arms().stream().map(Arm::name).collect(Collectors.toList()));
    assertEquals(List.of(MarginalEffort.of()), policies.rules());
    assertEquals(
        ForcedDistribution.of(0.2, 0.7, 0.1), policies.arms().get(2).rating().orElseThrow());

    SimulationSpec company =
        SimulationFiles.read(PLANS.resolve("internet-company.simulation.yaml"));
    PlanPopulation population = assertInstanceOf(PlanPopulation.class, company.population());
    assertEquals(SeedPlans.internetCompany(), population.plan());
    assertEquals(
        PolicyFiles.read(PLANS.resolve("internet-company.policy.yaml")),
        company.arms().get(0).policy());
    assertEquals(Noise.normal(0.2), company.model().noise());
  }

  @Test
  void shapeProblemsAreAllReportedWithTheirPlace() {
    assertEquals(
        List.of(
            "2:1: populaton: unknown field 'populaton' (did you mean 'population'?); a simulation"
                + " spec takes $schema, version, kind, population, model, rules, arms, trials,"
                + " seed, parallelism, confidence, histogramBins, effortProbe, sandbagProbe,"
                + " statusAt",
            "3:9: rules[0]: unknown behaviour rule 'marginal'; expected one of marginalEffort,"
                + " sandbagging, bunching",
            "4:29: rules[1].ease: expected a number, got text 'lots'",
            "6:5: arms[0]: missing required field 'name'",
            "7:37: arms[1].policy.kpiStrategy: unknown strategy 'tiering'; expected one of binary,"
                + " linear, tiered, stepped, curve, percentOfTarget, range, milestones",
            "8:9: trials: expected a whole number from 1 to 10000000, got 2.5"),
        problems(
            String.join(
                "\n",
                "version: 1",
                "populaton: {teams: 2}",
                "rules: [marginal,",
                "  {type: sandbagging, ease: lots}]",
                "arms:",
                "  - {policy: {kpiStrategy: binary}}",
                "  - {name: b, policy: {kpiStrategy: tiering}}",
                "trials: 2.5")));
  }

  @Test
  void aSpecNeedsArms() {
    assertEquals(List.of("1:1: missing required field 'arms'"), problems("version: 1"));
    assertEquals(
        List.of("1:7: arms: expected at least one arm, got an empty list"), problems("arms: []"));
  }

  @Test
  void whatTheBuildersRefuseIsReportedAtItsObject() {
    assertEquals(
        List.of("1:1: arm names must be unique: 'a' appears twice"),
        problems("arms: [{name: a}, {name: a}]"));
    assertEquals(
        List.of("2:13: population: committedShare must lie from 0 to 1, got 1.5"),
        problems("arms: [{name: a}]\npopulation: {committedShare: 1.5}"));
    assertEquals(
        List.of(
            "2:23: model.noise.kind: a host's own noise shape cannot be given in a file; expected"
                + " NORMAL or LOGNORMAL, or build the spec in code with Noise.host"),
        problems("arms: [{name: a}]\nmodel: {noise: {kind: HOST, scale: 1}}"));
    assertEquals(
        List.of("1:26: arms[0].rating: shares[1] must be a finite number above 0, got -0.25"),
        problems("arms: [{name: a, rating: [0.25, -0.25]}]"));
  }

  @Test
  void filesTheSpecNamesAreCheckedToo(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("broken.policy.yaml"), "kpiStrategy: nope\n");
    Path spec = dir.resolve("s.simulation.yaml");
    Files.writeString(
        spec,
        "population: {plan: missing.yaml}\n" + "arms: [{name: a, policy: broken.policy.yaml}]\n");
    PlanFileException e = assertThrows(PlanFileException.class, () -> SimulationFiles.read(spec));
    List<String> problems =
        e.problems().stream().map(FileProblem::toString).collect(Collectors.toList());
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .endsWith(
                "1:20: population.plan: cannot read the plan file 'missing.yaml': no such file"),
        problems.get(0));
    assertTrue(
        problems
            .get(1)
            .contains(
                "2:26: arms[0].policy: the policy file 'broken.policy.yaml' is not a valid policy: "),
        problems.get(1));
    assertTrue(problems.get(1).contains("unknown strategy 'nope'"), problems.get(1));
    // in Chinese the named file's own problem reads in Chinese too, at its own place
    String zh = e.problems().get(1).render(java.util.Locale.SIMPLIFIED_CHINESE);
    assertTrue(zh.contains("broken.policy.yaml:1:14: kpiStrategy: "), zh);
    assertFalse(zh.contains("unknown strategy"), zh);
    assertFalse(zh.contains("is not a valid"), zh);
  }

  // ---------------------------------------------------------------- the files a spec names

  @Test
  void byDefaultASpecNamesFilesInItsFolderAndBelowOnly(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("specs"));
    Files.createDirectories(folder.resolve("sub"));
    Files.copy(PLANS.resolve("internet-company.yaml"), folder.resolve("sub").resolve("x.yaml"));
    Files.copy(PLANS.resolve("internet-company.yaml"), dir.resolve("x.yaml"));
    Path spec = folder.resolve("s.simulation.yaml");

    Files.writeString(spec, "population: {plan: sub/x.yaml}\narms: [{name: a}]\n");
    assertEquals(
        PlanPopulation.of(SeedPlans.internetCompany()), SimulationFiles.read(spec).population());

    Files.writeString(
        spec,
        "population: {plan: ../x.yaml}\n"
            + "arms: [{name: a, policy: "
            + dir.resolve("x.yaml").toAbsolutePath()
            + "}]\n");
    PlanFileException e = assertThrows(PlanFileException.class, () -> SimulationFiles.read(spec));
    assertEquals(
        List.of(
            spec
                + ":1:20: population.plan: the plan file is not allowed: '../x.yaml' leads out of "
                + folder.toAbsolutePath()
                + "; expected a relative path to a file in "
                + folder.toAbsolutePath()
                + " or below",
            spec
                + ":2:26: arms[0].policy: the policy file is not allowed: '"
                + dir.resolve("x.yaml").toAbsolutePath()
                + "' is an absolute path; expected a"
                + " relative path to a file in "
                + folder.toAbsolutePath()
                + " or below"),
        e.problems().stream().map(FileProblem::toString).collect(Collectors.toList()));

    // the host chooses: any path, as a command line does
    SimulationSpec any =
        SimulationFiles.read(
            "population: {plan: ../x.yaml}\narms: [{name: a}]\n",
            Format.YAML,
            ReadLimits.defaults(),
            SpecFileResolver.anyPath(folder));
    assertEquals(PlanPopulation.of(SeedPlans.internetCompany()), any.population());
  }

  @Test
  void aHostsResolverDecides() {
    SpecFileResolver tenant =
        name -> {
          if (!name.startsWith("tenant-7/")) {
            throw new IllegalArgumentException(
                "'" + name + "' is not one of tenant 7's files; expected tenant-7/NAME");
          }
          return PLANS.resolve(name.substring("tenant-7/".length()));
        };
    assertEquals(
        PlanPopulation.of(SeedPlans.internetCompany()),
        SimulationFiles.read(
                "population: {plan: tenant-7/internet-company.yaml}\narms: [{name: a}]",
                Format.YAML,
                ReadLimits.defaults(),
                tenant)
            .population());
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () ->
                SimulationFiles.read(
                    "population: {plan: internet-company.yaml}\narms: [{name: a}]",
                    Format.YAML,
                    ReadLimits.defaults(),
                    tenant));
    assertEquals(
        List.of(
            "1:20: population.plan: the plan file is not allowed: 'internet-company.yaml' is not"
                + " one of tenant 7's files; expected tenant-7/NAME"),
        e.problems().stream().map(FileProblem::toString).collect(Collectors.toList()));
  }

  // ---------------------------------------------------------------- writing

  /** A spec with a setting of every kind, none at its default. */
  private static SimulationSpec everySetting() {
    return SimulationSpec.builder()
        .population(
            GeneratedPopulation.builder()
                .teams(3)
                .peoplePerTeam(4)
                .kpisPerPerson(2)
                .keyResultsPerPerson(0)
                .committedShare(0.25)
                .depth(1)
                .teamsPerDepartment(2)
                .build())
        .model(
            OutcomeModel.builder()
                .abilityWeight(0.3)
                .effortWeight(0.1)
                .effortElasticity(0.7)
                .effortSpread(0.2)
                .noise(Noise.lognormal(0.3, 0.4))
                .personCorrelation(0.2)
                .teamCorrelation(0.1)
                .kpiDifficulty(-0.05)
                .committedDifficulty(0.1)
                .aspirationalDifficulty(0.4)
                .difficultySpread(0.15)
                .build())
        .addRules(MarginalEffort.of(8), Sandbagging.of(0.2, 0.05), Bunching.of(0.1))
        .addArms(
            Arm.of("plain", ScoringPolicy.defaults()),
            Arm.rated(
                "tiered: 0.5 to 1.5",
                ScoringPolicy.builder().kpiStrategy(Strategies.tiered(0.5, 1.5)).build(),
                ForcedDistribution.of(0.1, 0.8, 0.1)))
        .trials(50)
        .seed(Long.MIN_VALUE)
        .parallelism(2)
        .confidence(0.9)
        .histogramBins(10)
        .effortProbe(0.05)
        .sandbagProbe(0.2)
        .statusAt(0.5)
        .build();
  }

  @Test
  void everySettingIsWrittenByItsName() {
    SimulationSpec spec = everySetting();
    String yaml = SimulationFiles.write(spec, Format.YAML);
    assertEquals(
        String.join(
                "\n",
                "version: 1",
                "population:",
                "  teams: 3",
                "  peoplePerTeam: 4",
                "  kpisPerPerson: 2",
                "  keyResultsPerPerson: 0",
                "  committedShare: 0.25",
                "  depth: 1",
                "  teamsPerDepartment: 2",
                "model:",
                "  abilityWeight: 0.3",
                "  effortWeight: 0.1",
                "  effortElasticity: 0.7",
                "  effortSpread: 0.2",
                "  noise:",
                "    kind: LOGNORMAL",
                "    scale: 0.3",
                "    shape: 0.4",
                "  personCorrelation: 0.2",
                "  teamCorrelation: 0.1",
                "  kpiDifficulty: -0.05",
                "  committedDifficulty: 0.1",
                "  aspirationalDifficulty: 0.4",
                "  difficultySpread: 0.15",
                "rules:",
                "  - type: marginalEffort",
                "    quanta: 8",
                "  - type: sandbagging",
                "    ease: 0.2",
                "    cost: 0.05",
                "  - type: bunching",
                "    window: 0.1",
                "arms:",
                "  - name: plain",
                "  - name: \"tiered: 0.5 to 1.5\"",
                "    policy:",
                "      version: 1",
                "      keyResultStrategy: linear",
                "      kpiStrategy:",
                "        type: tiered",
                "        floor: 0.5",
                "        ceiling: 1.5",
                "      objectiveAggregation: weightedMean",
                "      childObjectiveWeight: 1",
                "      keyResultKpiShare: 0",
                "      kpiAggregation: weightedMean",
                "      okrAggregation: weightedMean",
                "      compositeKpiWeight: 0.7",
                "      compositeOkrWeight: 0.3",
                "      bands:",
                "        yellowFrom: 0.4",
                "        greenFrom: 0.7",
                "        committedYellowFrom: 0.7",
                "        committedGreenFrom: 1",
                "      missingValue: ZERO",
                "      targetRule: IN_FORCE",
                "      pace: linear",
                "      onTrackTolerance: 0.1",
                "      atRiskTolerance: 0.25",
                "    rating:",
                "      - 0.1",
                "      - 0.8",
                "      - 0.1",
                "trials: 50",
                "seed: -9223372036854775808",
                "parallelism: 2",
                "confidence: 0.9",
                "histogramBins: 10",
                "effortProbe: 0.05",
                "sandbagProbe: 0.2",
                "statusAt: 0.5")
            + "\n",
        yaml);
    assertEquals(spec, SimulationFiles.read(yaml, Format.YAML, PLANS));
  }

  @Test
  void aStatusDateOutsideThePeriodIsRefused() {
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () -> SimulationFiles.read("arms: [{name: a}]\nstatusAt: 1.5\n", Format.YAML, PLANS));
    assertEquals(
        List.of("1:1: statusAt is the share of the period elapsed, above 0 and at most 1, got 1.5"),
        e.problems().stream().map(Object::toString).toList());
    // left out, none
    assertEquals(
        java.util.OptionalDouble.empty(),
        SimulationFiles.read("arms: [{name: a}]\n", Format.YAML, PLANS).statusAt());
  }

  /** A plan of one owner and one KPI. */
  private static final String TINY_PLAN =
      "{period: 2026-Q2, owners: [{id: acme, name: Acme, level: COMPANY}],"
          + " kpis: [{id: K1, owner: acme, title: Leads,"
          + " measure: {name: leads, unit: COUNT, direction: INCREASE}, target: {value: 10}}]}";

  @Test
  void aPlanPopulationIsWrittenInPlaceAndReadBack() {
    SimulationSpec spec =
        SimulationSpec.builder()
            .population(PlanPopulation.of(PlanFiles.read(TINY_PLAN, Format.YAML)))
            .addArms(Arm.of("default", ScoringPolicy.defaults()))
            .build();
    String json = SimulationFiles.write(spec, Format.JSON);
    assertEquals(
        String.join(
                "\n",
                "{",
                "  \"version\": 1,",
                "  \"population\": {",
                "    \"plan\": {",
                "      \"version\": 1,",
                "      \"period\": \"2026-Q2\",",
                "      \"owners\": [",
                "        {",
                "          \"id\": \"acme\",",
                "          \"name\": \"Acme\",",
                "          \"level\": \"COMPANY\"",
                "        }",
                "      ],",
                "      \"kpis\": [",
                "        {",
                "          \"id\": \"K1\",",
                "          \"title\": \"Leads\",",
                "          \"owner\": \"acme\",",
                "          \"measure\": {",
                "            \"name\": \"leads\",",
                "            \"unit\": \"COUNT\",",
                "            \"direction\": \"INCREASE\"",
                "          },",
                "          \"target\": {",
                "            \"value\": 10",
                "          },",
                "          \"frequency\": \"MONTHLY\"",
                "        }",
                "      ]",
                "    }",
                "  },",
                "  \"model\": {",
                "    \"abilityWeight\": 0.2,",
                "    \"effortWeight\": 0.2,",
                "    \"effortElasticity\": 0.5,",
                "    \"effortSpread\": 0.25,",
                "    \"noise\": {",
                "      \"kind\": \"NORMAL\",",
                "      \"scale\": 0.2",
                "    },",
                "    \"personCorrelation\": 0,",
                "    \"teamCorrelation\": 0,",
                "    \"kpiDifficulty\": 0,",
                "    \"committedDifficulty\": 0,",
                "    \"aspirationalDifficulty\": 0.3,",
                "    \"difficultySpread\": 0",
                "  },",
                "  \"rules\": [],",
                "  \"arms\": [",
                "    {",
                "      \"name\": \"default\"",
                "    }",
                "  ],",
                "  \"trials\": 200,",
                "  \"seed\": 1,",
                "  \"parallelism\": 0,",
                "  \"confidence\": 0.95,",
                "  \"histogramBins\": 20,",
                "  \"effortProbe\": 0.1,",
                "  \"sandbagProbe\": 0.1",
                "}")
            + "\n",
        json);
    assertEquals(spec, SimulationFiles.read(json, Format.JSON, PLANS));
    assertEquals(
        spec, SimulationFiles.read(SimulationFiles.write(spec, Format.YAML), Format.YAML, PLANS));
  }

  @Test
  void aPlanWrittenInPlaceIsReadWithItsProblemsUnderItsPath() {
    assertEquals(
        PlanPopulation.of(PlanFiles.read(TINY_PLAN, Format.YAML)),
        SimulationFiles.read(
                "population: {plan: " + TINY_PLAN + "}\narms: [{name: a}]\n", Format.YAML, PLANS)
            .population());
    assertEquals(
        List.of(
            "1:104: population.plan.kpis[0].owner: unknown owner 'acmee'",
            "2:9: trials: expected a whole number from 1 to 10000000, got 0"),
        problems(
            "population: {plan: "
                + TINY_PLAN.replace("owner: acme,", "owner: acmee,")
                + "}\ntrials: 0\narms: [{name: a}]"));
    assertEquals(
        List.of(
            "1:20: population.plan: expected the name of a plan file, or a plan written in place"
                + " (an object), got a list"),
        problems("population: {plan: [a.yaml]}\narms: [{name: a}]"));
  }

  @Test
  void seedsAreReadToTheLastDigit() {
    assertEquals(
        Long.MAX_VALUE,
        SimulationFiles.read("seed: 9223372036854775807\narms: [{name: a}]", Format.YAML, PLANS)
            .seed());
    assertEquals(
        -9007199254740993L,
        SimulationFiles.read(
                "{\"seed\": -9007199254740993, \"arms\": [{\"name\": \"a\"}]}", Format.JSON, PLANS)
            .seed());
    assertEquals(
        2000, SimulationFiles.read("seed: 2e3\narms: [{name: a}]", Format.YAML, PLANS).seed());
    assertEquals(
        List.of(
            "1:7: seed: expected a whole number from -9223372036854775808 to 9223372036854775807,"
                + " got 9223372036854775808"),
        problems("seed: 9223372036854775808\narms: [{name: a}]"));
    assertEquals(
        List.of(
            "1:7: seed: expected a whole number from -9223372036854775808 to 9223372036854775807,"
                + " got 2.5"),
        problems("seed: 2.5\narms: [{name: a}]"));
  }

  @Test
  void whatAFileCannotHoldIsRefusedByItsPlace(@TempDir Path dir) {
    SimulationSpec spec = everySetting();
    assertEquals(
        "model.noise: a host's own noise shape (student-t(0.3)) cannot be written in a spec file;"
            + " expected NORMAL or LOGNORMAL noise, or keep the spec in code",
        refused(spec.withModel(spec.model().withNoise(Noise.host("student-t", 0.3, z -> z)))));
    assertEquals(
        "model.noise: normal noise with a shape (0.5) cannot be written in a spec file; only"
            + " LOGNORMAL noise takes a shape",
        refused(
            spec.withModel(
                spec.model()
                    .withNoise(
                        Noise.builder().kind(Noise.Kind.NORMAL).scale(0.2).shape(0.5).build()))));
    assertEquals(
        "parallelism: 5000 threads cannot be written in a spec file; expected 0 (one per"
            + " processor) to 4096",
        refused(spec.withParallelism(5000)));
    String host =
        refused(
            spec.withArms(
                spec.arms().get(0),
                Arm.of("host", ScoringPolicy.builder().kpiStrategy(in -> 1.0).build())));
    assertTrue(
        host.startsWith(
            "arms[1].policy: the scoring policy cannot be written or shipped: kpiStrategy is a host"
                + " strategy without a spec"),
        host);
    Path file = dir.resolve("s.simulation.yaml");
    assertThrows(
        IllegalArgumentException.class,
        () -> SimulationFiles.write(spec.withParallelism(5000), file));
    assertFalse(Files.exists(file));
    assertEquals(
        "cannot tell the format of "
            + dir.resolve("s.txt")
            + " from its name; expected a name ending in .json, .yaml or .yml",
        assertThrows(
                IllegalArgumentException.class,
                () -> SimulationFiles.write(spec, dir.resolve("s.txt")))
            .getMessage());
  }

  private static String refused(SimulationSpec spec) {
    return assertThrows(
            IllegalArgumentException.class, () -> SimulationFiles.write(spec, Format.JSON))
        .getMessage();
  }

  @Test
  void aWrittenFileReadsBackEqual(@TempDir Path dir) throws IOException {
    for (String name : List.of("s.simulation.yaml", "s.simulation.json")) {
      Path file = dir.resolve(name);
      SimulationFiles.write(everySetting(), file);
      assertEquals(everySetting(), SimulationFiles.read(file));
    }
  }
}
