package org.okrkit.alignment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.okrkit.core.Level;
import org.okrkit.core.Period;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.testing.PlanArbitraries;

class FindingTemplatesTest {
  static final AlignmentAnalyzer STRICT = AlignmentProperties.STRICT;

  /** A host's table: English, and a Chinese translation that lacks the hint. */
  static final Map<String, String> FILES =
      Map.of(
          "acme.properties",
          "quoted='{@text}'\n"
              + "ACME001.message=KPI {@kpi:'} of {@level} has no tag\n"
              + "ACME001.hint=tag it\n"
              + "level.TEAM=team\n",
          "acme_zh.properties",
          "quoted=“{@text}”\n"
              + "ACME001.message={@level}的 KPI {@kpi:'} 没有标签\n"
              + "level.TEAM=团队\n");

  static final FindingTemplates ACME =
      FindingTemplates.load(
          "acme",
          name ->
              FILES.containsKey(name)
                  ? new ByteArrayInputStream(FILES.get(name).getBytes(UTF_8))
                  : null);

  @Test
  void aFindingKeepsItsTemplateAndArgumentsAndRendersInEachLanguage() {
    Finding f =
        ACME.finding(
            "ACME001",
            Severity.INFO,
            List.of("K1"),
            ImmutableMap.of("kpi", "K1", "level", Level.TEAM));
    assertEquals("KPI 'K1' of team has no tag", f.message());
    assertEquals("tag it", f.hint());
    assertEquals(Optional.of("ACME001"), f.template());
    assertEquals(ImmutableMap.of("kpi", "K1", "level", Level.TEAM), f.arguments());
    assertEquals("团队的 KPI “K1” 没有标签", ACME.message(f, Locale.SIMPLIFIED_CHINESE));
    // a key the translation lacks reads in English, never as the key
    assertEquals("tag it", ACME.hint(f, Locale.SIMPLIFIED_CHINESE));
    // a locale without a translation reads English
    assertEquals(f.message(), ACME.message(f, Locale.FRENCH));
  }

  @Test
  void theJvmsDefaultLocaleNeverLeaksIntoEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      FindingTemplates fresh =
          FindingTemplates.load(
              "acme",
              name ->
                  FILES.containsKey(name)
                      ? new ByteArrayInputStream(FILES.get(name).getBytes(UTF_8))
                      : null);
      Finding f =
          fresh.finding(
              "ACME001",
              Severity.INFO,
              List.of(),
              ImmutableMap.of("kpi", "K1", "level", Level.TEAM));
      assertEquals("KPI 'K1' of team has no tag", f.message());
      assertEquals("KPI 'K1' of team has no tag", fresh.message(f, Locale.ROOT));
      assertEquals("KPI 'K1' of team has no tag", fresh.message(f, Locale.GERMAN));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void badTemplatesAndArgumentsAreRefusedWithWhatWasExpected() {
    assertEquals(
        "the finding templates acme have no 'ACME002.message'; expected a template for every code a"
            + " rule reports",
        assertThrows(
                IllegalArgumentException.class,
                () -> ACME.finding("ACME002", Severity.INFO, List.of(), Map.of()))
            .getMessage());
    assertEquals(
        "finding argument 'when' of ACME001 is a java.lang.Object; expected a text, a number, an enum"
            + " constant, a period, a target or a list of these or of records",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ACME.finding("ACME001", Severity.INFO, List.of(), Map.of("when", new Object())))
            .getMessage());
    Finding own = Finding.of("ACME001", Severity.INFO, List.of(), "in my words", "fix it");
    assertEquals("in my words", ACME.message(own, Locale.SIMPLIFIED_CHINESE));
    Finding foreign =
        AlignmentRules.templates()
            .finding("ALN001", Severity.WARNING, List.of("K"), Map.of("kpi", "K"));
    assertEquals(
        "finding ALN001 was written from the template 'ALN001', which the finding templates acme do"
            + " not have",
        assertThrows(IllegalArgumentException.class, () -> ACME.message(foreign, Locale.ROOT))
            .getMessage());
    assertEquals(
        "the phrases missing.properties are missing; expected the English root of the bundle beside"
            + " its translations",
        assertThrows(
                IllegalStateException.class, () -> FindingTemplates.load("missing", name -> null))
            .getMessage());
    assertEquals(
        "finding ALN001 has the template 'ALN002'; expected its code, or its code, a dot and a variant",
        assertThrows(
                IllegalArgumentException.class,
                () -> Finding.builder().from(foreign).template("ALN002").build())
            .getMessage());
  }

  @Test
  void theSeedsFindingsCarryTheirArgumentsAsData() {
    AlignmentReport report = AlignmentAnalyzer.defaults().analyze(SeedPlans.marketing());
    Finding coverage =
        report.findings().stream().filter(f -> f.code().equals("ALN003")).findFirst().orElseThrow();
    assertEquals(Optional.of("ALN003"), coverage.template());
    assertEquals(
        ImmutableMap.of("objective", "O-influence", "coveredPercent", 33.3, "minimumPercent", 50.0),
        coverage.arguments());
  }

  @Test
  void periodsListsAndRecordsReadAsTheTableSays() {
    Finding skipped =
        AlignmentRules.templates()
            .finding(
                "ALN009",
                Severity.WARNING,
                List.of("K", "KR"),
                ImmutableMap.of(
                    "kpi", "K",
                    "kpiPeriod", Period.quarter(2026, 2),
                    "keyResult", "KR",
                    "keyResultPeriod",
                        Period.of(
                            java.time.LocalDate.of(2026, 4, 2), java.time.LocalDate.of(2026, 5, 5)),
                    "keyResultPeriodName", "April"));
    assertEquals(
        "KPI 'K' runs 2026-Q2 (2026-04-01 to 2026-06-30), beyond the period of key result 'KR',"
            + " 2026-04-02 to 2026-05-05; expected the KPI's period inside the key result's",
        skipped.message());
    List<Map<String, Object>> contributions = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      contributions.add(ImmutableMap.of("kpi", "K" + i, "weight", 0.1));
    }
    Finding sum =
        AlignmentRules.templates()
            .finding(
                "ALN004",
                Severity.ERROR,
                List.of("KR"),
                ImmutableMap.of(
                    "keyResult",
                    "KR",
                    "sum",
                    1.2000000000000002,
                    "contributions",
                    contributions,
                    "tolerance",
                    1e-9));
    assertEquals(
        "the contribution weights into key result 'KR' sum to 1.2 (K1 0.1, K2 0.1, K3 0.1, K4 0.1, K5"
            + " 0.1, K6 0.1, K7 0.1, K8 0.1, K9 0.1, K10 0.1 and 2 more); expected 1 within 0.000000001",
        sum.message());
    assertTrue(sum.arguments().get("contributions") instanceof List);
  }

  /**
   * Every built-in code, structural and score-aware, has a message and a hint in the one table, and
   * every template key belongs to a code.
   */
  @Test
  void theTableHasATemplateForEveryCodeAndNoStrayOnes() {
    Phrasebook english = AlignmentRules.templates().phrasebook(Locale.ROOT);
    Set<String> codes = new TreeSet<>();
    for (int i = 0; i <= 15; i++) {
      codes.add(String.format("ALN%03d", i));
    }
    codes.add(ScoreAwareRules.KPIS_MET_KEY_RESULT_OFF_TRACK);
    codes.add(ScoreAwareRules.KPIS_MISSED_KEY_RESULT_ON_TRACK);
    for (String code : codes) {
      assertTrue(english.has(code + ".message"), code);
      assertTrue(english.has(code + ".hint"), code);
    }
    Pattern key = Pattern.compile("(ALN\\d{3})\\..*");
    for (String k : english.phrases().keySet()) {
      Matcher m = key.matcher(k);
      if (m.matches()) {
        assertTrue(codes.contains(m.group(1)), k);
      }
    }
  }

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  /**
   * Every built-in finding is written from its template and arguments: rendering it again gives its
   * message and hint, and each rule reports only its own code.
   */
  @Property(tries = 200)
  void everyFindingRendersAgainFromItsData(@ForAll("plans") Plan plan) {
    AlignmentReport report = STRICT.analyze(plan);
    FindingTemplates templates = AlignmentRules.templates();
    for (Finding f : report.findings()) {
      assertTrue(f.template().isPresent(), f::toString);
      assertEquals(f.message(), templates.message(f, Locale.ROOT));
      assertEquals(f.hint(), templates.hint(f, Locale.ROOT));
      String chinese = templates.message(f, Locale.SIMPLIFIED_CHINESE);
      assertTrue(!chinese.isBlank() && !chinese.contains("{"), chinese);
      assertTrue(!templates.hint(f, Locale.SIMPLIFIED_CHINESE).contains("{"), f::toString);
      assertTrue(!f.message().contains("{") && !f.hint().contains("{"), f::toString);
    }
    for (AlignmentRule rule : AlignmentRules.defaults()) {
      String code = ((BuiltInRule) rule).code();
      for (Finding f :
          AlignmentAnalyzer.builder()
              .addRule(rule)
              .config(STRICT.config())
              .build()
              .analyze(plan)
              .findings()) {
        assertEquals(code, f.code(), rule::toString);
      }
    }
  }

  @Test
  void aFindingWrittenWithoutATemplateReadsAsItWasWritten() {
    Finding plain = Finding.of("ACME009", Severity.INFO, List.of("K1"), "no tag", "tag it");
    assertEquals("no tag", ACME.message(plain, Locale.SIMPLIFIED_CHINESE));
    assertEquals("tag it", ACME.hint(plain, Locale.SIMPLIFIED_CHINESE));
    assertEquals("FindingTemplates[acme]", ACME.toString());
  }

  @Test
  void aMissingArgumentIsNamed() {
    Map<String, Object> arguments = new java.util.HashMap<>();
    arguments.put("kpi", null);
    arguments.put("level", Level.TEAM);
    assertEquals(
        "finding argument 'kpi' of ACME001 is null",
        assertThrows(
                NullPointerException.class,
                () -> ACME.finding("ACME001", Severity.INFO, List.of(), arguments))
            .getMessage());
  }
}
