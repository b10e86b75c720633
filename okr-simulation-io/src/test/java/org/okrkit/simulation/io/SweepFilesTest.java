package org.okrkit.simulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFileException;
import org.okrkit.simulation.Noise;
import org.okrkit.simulation.OutcomeModel;
import org.okrkit.simulation.Sweep;

/**
 * Sweep files: each setting's model is the spec's model with the fields it gives, the policy files
 * an arm names are read through the host's resolver, and every problem is reported at its place in
 * both languages.
 */
class SweepFilesTest {
  static final Path PLANS = SimulationProblemsTest.PLANS;
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  static final String SWEEP =
      """
      version: 1
      kind: sweep
      population: {teams: 2, peoplePerTeam: 4}
      model: {abilityWeight: 0.3, noise: {kind: NORMAL, scale: 0.2}}
      arms:
        - name: binary
        - name: company
          policy: internet-company.policy.yaml
      trials: 50
      settings:
        - name: base
        - name: loud
          model: {noise: {kind: LOGNORMAL, scale: 0.5, shape: 1.5}}
        - name: able
          model: {abilityWeight: 0.6}
      seeds: [7, 1, 9007199254740993]
      """;

  @Test
  void aSweepFileReadsEachSettingOverTheSpecsModel() {
    Sweep sweep = SweepFiles.read(SWEEP, Format.YAML, PLANS);
    OutcomeModel base = OutcomeModel.builder().abilityWeight(0.3).noise(Noise.normal(0.2)).build();
    assertEquals(base, sweep.spec().model());
    assertEquals(base, sweep.setting("base").model());
    assertEquals(base.withNoise(Noise.lognormal(0.5, 1.5)), sweep.setting("loud").model());
    assertEquals(base.withAbilityWeight(0.6), sweep.setting("able").model());
    assertEquals(List.of(7L, 1L, 9007199254740993L), sweep.seeds());
    assertEquals(7, sweep.spec().seed());
    assertEquals(50, sweep.spec().trials());
    assertEquals("company", sweep.spec().arms().get(1).name());
    assertEquals(9, sweep.cells().size());
    assertEquals(SpecKind.SWEEP, SimulationFiles.kind(SWEEP, Format.YAML));
  }

  @Test
  void aSweepFileIsWrittenAndReadBack(@TempDir Path folder) throws IOException {
    Sweep sweep = SweepFiles.read(SWEEP, Format.YAML, PLANS);
    Path file = folder.resolve("noise.sweep.json");
    SweepFiles.write(sweep, file);
    assertEquals(SpecKind.SWEEP, SimulationFiles.kind(file));
    assertEquals(sweep, SweepFiles.read(file));
  }

  @Test
  void namedFilesGoThroughTheResolver() {
    PlanFileException e =
        assertThrows(
            PlanFileException.class,
            () ->
                SweepFiles.read(
                    SWEEP.replace("internet-company.policy.yaml", "../../x.policy.yaml"),
                    Format.YAML,
                    PLANS));
    assertEquals(1, e.problems().size());
    assertTrue(
        e.problems()
            .get(0)
            .render(Locale.ROOT)
            .startsWith(
                "8:13: arms[1].policy: the policy file"
                    + " is not allowed: '../../x.policy.yaml' leads out of"),
        () -> e.problems().get(0).render(Locale.ROOT));
  }

  static List<String> rendered(String yaml, Locale locale) {
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> SweepFiles.read(yaml, Format.YAML, PLANS));
    return e.problems().stream().map(p -> p.render(locale)).toList();
  }

  @Test
  void everyProblemIsReportedAtItsPlaceInEitherLanguage() {
    String yaml =
        """
        kind: sweep
        arms: [{name: a}]
        seed: 3
        settings:
          - name: x
            model: {effortElasticity: 2}
          - name: x
          - {model: {}}
        seeds: [1, 2.5, 1]
        """;
    assertEquals(
        List.of(
            "3:7: seed: a sweep takes its seeds from 'seeds', one cell per setting and seed;"
                + " expected no 'seed'",
            "6:12: settings[0].model: effortElasticity must lie above 0 and at most 1, got 2",
            "7:11: settings[1].name: setting names must be unique: 'x' appears twice",
            "8:5: settings[2]: missing required field 'name'",
            "9:12: seeds[1]: expected a whole number from -9223372036854775808 to"
                + " 9223372036854775807, got 2.5",
            "9:17: seeds[2]: seeds must be different: 1 appears twice"),
        rendered(yaml, Locale.ROOT));
    List<String> zh = rendered(yaml, ZH);
    assertEquals("3:7: seed: 扫描的随机种子取自“seeds”，每个设置与种子的组合为一个单元；此处不应有“seed”", zh.get(0));
    assertEquals("9:17: seeds[2]: 随机种子必须互不相同：1 出现了两次", zh.get(5));
  }

  @Test
  void emptyGridsAreRefused() {
    assertEquals(
        List.of(
            "2:11: settings: expected at least one setting (a name, and the model fields it"
                + " changes), got an empty list",
            "3:8: seeds: expected at least one seed, got an empty list"),
        rendered("arms: [{name: a}]\nsettings: []\nseeds: []\nkind: sweep\n", Locale.ROOT));
    assertEquals(
        List.of("1:1: missing required field 'settings'", "1:1: missing required field 'seeds'"),
        rendered("kind: sweep\narms: [{name: a}]\n", Locale.ROOT));
    assertEquals(
        List.of(
            "1:7: kind: this spec is a policy comparison; expected a policy sweep here (kind:"
                + " sweep); read it with SimulationFiles"),
        rendered(
            "kind: comparison\narms: [{name: a}]\nsettings: [{name: a}]\nseeds: [1]\n",
            Locale.ROOT));
  }

  @Test
  void aSimulationSpecReaderPointsASweepToSweepFiles() {
    PlanFileException e =
        assertThrows(
            PlanFileException.class, () -> SimulationFiles.read(SWEEP, Format.YAML, PLANS));
    assertTrue(
        e.getMessage().contains("this spec is a policy sweep; expected a policy comparison here"),
        e::getMessage);
  }

  @Test
  void whatAFileCannotHoldIsRefusedNamingTheSetting() {
    Sweep sweep = SweepFiles.read(SWEEP, Format.YAML, PLANS);
    Sweep host =
        sweep.withSettings(
            org.okrkit.simulation.SweepSetting.of(
                "host", OutcomeModel.builder().noise(Noise.host("t", 0.2, z -> z)).build()));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SweepFiles.write(host, Format.YAML));
    assertTrue(
        e.getMessage().startsWith("settings[0].model.noise: a host's own noise shape"),
        e::getMessage);
  }
}
