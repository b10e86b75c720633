package org.okrkit.simulation.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFileException;
import org.okrkit.simulation.Dismissal;
import org.okrkit.simulation.Noise;
import org.okrkit.simulation.OutcomeModel;
import org.okrkit.simulation.PolicyRating;
import org.okrkit.simulation.Selection;
import org.okrkit.simulation.SweepCell;
import org.okrkit.simulation.WorkforceArm;
import org.okrkit.simulation.WorkforceRating;
import org.okrkit.simulation.WorkforceSweep;

/**
 * Workforce sweep files ({@code kind: sweep}, {@code study: workforce}): each setting's model is
 * the study's model with the fields it gives and its arms replace the study's, the policy files an
 * arm names are read through the resolver, a sweep read by the other study's reader is pointed to
 * the right one, and every problem is reported at its place in both languages.
 */
class WorkforceSweepFilesTest {
  static final Path PLANS = SimulationProblemsTest.PLANS;
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  static final String SWEEP =
      """
      version: 1
      kind: sweep
      study: workforce
      population: {teams: 2, peoplePerTeam: 4}
      model: {abilityWeight: 0.3, noise: {kind: NORMAL, scale: 0.2}}
      arms:
        - name: keep
          rating: {plain: 0.5}
        - name: company
          rating: {policy: internet-company.policy.yaml}
          dismissal: {lowestShare: 0.1}
      periods: 3
      replications: 6
      settings:
        - name: base
        - name: loud
          model: {noise: {kind: LOGNORMAL, scale: 0.5, shape: 1.5}}
        - name: harsh
          arms:
            - name: keep
              rating: {plain: 0.5}
              dismissal: {lowestShare: 0.2}
              selection: {validity: 0.4, ratio: 0.25}
      seeds: [7, 1]
      """;

  @Test
  void aWorkforceSweepFileReadsEachSettingOverTheStudy() throws IOException {
    WorkforceSweep sweep = SweepFiles.readWorkforce(SWEEP, Format.YAML, PLANS);
    OutcomeModel base = OutcomeModel.builder().abilityWeight(0.3).noise(Noise.normal(0.2)).build();
    assertEquals(base, sweep.spec().model());
    assertEquals(base, sweep.setting("base").model());
    assertEquals(List.of(), sweep.setting("base").arms());
    assertEquals(base.withNoise(Noise.lognormal(0.5, 1.5)), sweep.setting("loud").model());
    assertEquals(base, sweep.setting("harsh").model());
    assertEquals(
        List.of(
            WorkforceArm.builder()
                .name("keep")
                .rating(WorkforceRating.plain(0.5))
                .dismissal(Dismissal.lowestShare(0.2))
                .selection(Selection.of(0.4, 0.25))
                .build()),
        sweep.setting("harsh").arms());
    assertEquals(List.of(7L, 1L), sweep.seeds());
    assertEquals(7, sweep.spec().seed());
    assertEquals(3, sweep.spec().periods());
    assertEquals(6, sweep.spec().replications());
    assertEquals(
        org.okrkit.io.PolicyFiles.read(PLANS.resolve("internet-company.policy.yaml")),
        ((PolicyRating) sweep.spec().arms().get(1).rating()).policy());
    assertEquals(6, sweep.cells().size());
    assertEquals(
        sweep.setting("harsh").arms(), sweep.spec(SweepCell.of(sweep.setting("harsh"), 1)).arms());
    assertEquals(SpecKind.WORKFORCE, SweepFiles.study(SWEEP, Format.YAML));
    assertEquals(SpecKind.SWEEP, SimulationFiles.kind(SWEEP, Format.YAML));
  }

  @Test
  void aWorkforceSweepFileIsWrittenAndReadBack(@TempDir Path folder) throws IOException {
    WorkforceSweep sweep = SweepFiles.readWorkforce(SWEEP, Format.YAML, PLANS);
    Path file = folder.resolve("harsh.sweep.yaml");
    SweepFiles.write(sweep, file);
    assertEquals(sweep, SweepFiles.readWorkforce(file));
    assertEquals(SpecKind.WORKFORCE, SweepFiles.study(file));
    String json = SweepFiles.write(sweep, Format.JSON);
    assertEquals(sweep, SweepFiles.readWorkforce(json, Format.JSON, folder));
    Path policySweep = Files.writeString(folder.resolve("p.sweep.yaml"), SweepFilesTest.SWEEP);
    assertEquals(SpecKind.COMPARISON, SweepFiles.study(policySweep));
  }

  private static List<String> rendered(String yaml, Locale locale) {
    PlanFileException e =
        assertThrows(
            PlanFileException.class, () -> SweepFiles.readWorkforce(yaml, Format.YAML, PLANS));
    return e.problems().stream().map(p -> p.render(locale)).toList();
  }

  @Test
  void everyProblemIsReportedAtItsPlaceInEitherLanguage() {
    String yaml =
        """
        kind: sweep
        study: workforce
        arms: [{name: a, rating: {plain: 0.5}}]
        seed: 3
        settings:
          - name: x
            arms: []
          - name: y
            arms: [{name: b, rating: {plain: 2}}, {name: c}]
          - name: z
            arms: [{name: d, rating: {plain: 0.1}}, {name: d, rating: {plain: 0.2}}]
        seeds: [1]
        """;
    assertEquals(
        List.of(
            "4:7: seed: a sweep takes its seeds from 'seeds', one cell per setting and seed;"
                + " expected no 'seed'",
            "7:11: settings[0].arms: expected at least one arm, got an empty list; leave 'arms'"
                + " out to run the study's own arms",
            "9:38: settings[1].arms[0].rating.plain: a plain rating's validity must lie from 0 to"
                + " 1, got 2",
            "9:43: settings[1].arms[1]: missing required field 'rating'",
            "10:5: settings[2]: arm names must be unique: 'd' appears twice"),
        rendered(yaml, Locale.ROOT));
    List<String> zh = rendered(yaml, ZH);
    assertEquals("7:11: settings[0].arms: 至少需要一个方案，实际为空列表；不写“arms”即运行研究本身的方案", zh.get(1));
  }

  @Test
  void aSweepReadByTheOtherStudysReaderIsPointedToTheRightOne() {
    assertEquals(
        List.of(
            "1:1: study: this sweep runs a policy comparison (study: comparison, or no study);"
                + " read it with SweepFiles.read"),
        rendered(SweepFilesTest.SWEEP, Locale.ROOT));
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> SweepFiles.read(SWEEP, Format.YAML, PLANS));
    assertEquals(
        List.of(
            "3:8: study: this sweep runs a workforce study (study: workforce); read it with"
                + " SweepFiles.readWorkforce"),
        e.problems().stream().map(p -> p.render(Locale.ROOT)).toList());
    assertEquals(
        List.of("3:8: study: 此扫描运行的是人员研究（study: workforce）；请用 SweepFiles.readWorkforce 读取"),
        e.problems().stream().map(p -> p.render(ZH)).toList());
    assertEquals(
        List.of("2:8: study: unknown study 'workfarce'; expected one of comparison, workforce"),
        rendered("kind: sweep\nstudy: workfarce\n", Locale.ROOT));
    PlanFileException unknown =
        assertThrows(
            PlanFileException.class,
            () -> SweepFiles.study("kind: sweep\nstudy: 3\n", Format.YAML));
    assertEquals(1, unknown.problems().size());
  }

  @Test
  void aPolicySweepsSettingMayNotGiveArms() {
    String yaml =
        SweepFilesTest.SWEEP.replace(
            "  - name: base\n", "  - name: base\n    arms: [{name: a, rating: {plain: 0.5}}]\n");
    PlanFileException e =
        assertThrows(PlanFileException.class, () -> SweepFiles.read(yaml, Format.YAML, PLANS));
    assertEquals(
        List.of(
            "12:11: settings[0].arms: a policy sweep's settings change the outcome model only;"
                + " expected no 'arms' here (a workforce sweep's settings, study: workforce, may"
                + " give them)"),
        e.problems().stream().map(p -> p.render(Locale.ROOT)).toList());
  }

  @Test
  void whatAFileCannotHoldIsRefusedNamingTheSetting() {
    WorkforceSweep sweep = SweepFiles.readWorkforce(SWEEP, Format.YAML, PLANS);
    WorkforceSweep host =
        sweep.withSettings(
            org.okrkit.simulation.SweepSetting.of(
                "host", OutcomeModel.builder().noise(Noise.host("t", 0.2, z -> z)).build()));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SweepFiles.write(host, Format.YAML));
    assertEquals(
        true,
        e.getMessage().startsWith("settings[0].model.noise: a host's own noise shape"),
        e::getMessage);
  }
}
