package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.okr;
import static org.okrkit.cli.Cli.okrWith;
import static org.okrkit.cli.Cli.plan;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.okrkit.cli.Cli.Result;
import org.okrkit.testing.BundleChecks;

/** The language okr speaks: chosen by --lang or the environment, never by the JVM's locale. */
class LanguageTest {

  @Test
  void posixLocalesOfSimplifiedChineseSpeakChinese() {
    for (String value :
        List.of("zh_CN.UTF-8", "zh_CN", "zh", "zh_SG.GB2312", "zh-Hans", "zh_CN@x")) {
      assertEquals(Locale.SIMPLIFIED_CHINESE, Language.fromPosix(value), value);
    }
    for (String value :
        List.of("C", "POSIX", "C.UTF-8", "en_US.UTF-8", "zh_TW.UTF-8", "zh_HK", "")) {
      assertEquals(Locale.ROOT, Language.fromPosix(value), value);
    }
  }

  @Test
  void lcAllWinsOverLcMessagesWhichWinsOverLang() {
    assertEquals(
        Locale.SIMPLIFIED_CHINESE,
        Language.fromEnvironment(Map.of("LC_ALL", "zh_CN.UTF-8", "LANG", "en_US.UTF-8")));
    assertEquals(
        Locale.ROOT,
        Language.fromEnvironment(Map.of("LC_ALL", "C", "LC_MESSAGES", "zh_CN", "LANG", "zh_CN")));
    assertEquals(
        Locale.SIMPLIFIED_CHINESE,
        Language.fromEnvironment(Map.of("LC_ALL", "", "LC_MESSAGES", "zh_CN", "LANG", "C")));
    assertEquals(
        Locale.SIMPLIFIED_CHINESE, Language.fromEnvironment(Map.of("LANG", "zh_CN.UTF-8")));
    assertEquals(Locale.ROOT, Language.fromEnvironment(Map.of()));
  }

  @Test
  void langIsReadBeforeTheEndOfOptions() {
    assertEquals(Optional.of("zh-CN"), Language.given("score", "x.yaml", "--lang", "zh-CN"));
    assertEquals(Optional.of("en"), Language.given("--lang=en", "score"));
    assertEquals(Optional.empty(), Language.given("checkin", "x", "--", "--lang", "zh-CN"));
    assertEquals(Optional.empty(), Language.given("score", "--lang"));
    assertEquals(Optional.of(Locale.SIMPLIFIED_CHINESE), Language.of("zh_CN"));
    assertEquals(Optional.of(Locale.ROOT), Language.of("EN"));
    assertEquals(Optional.empty(), Language.of("fr"));
  }

  @Test
  void theEnvironmentChoosesChineseAndLangOverridesIt() {
    Result zh = okrWith(Map.of("LANG", "zh_CN.UTF-8"), "validate", plan("marketing"));
    assertEquals(Okr.OK, zh.code(), zh::toString);
    assertTrue(zh.out().startsWith("plans/marketing.yaml：有效的计划"), zh::toString);
    Result en =
        okrWith(Map.of("LANG", "zh_CN.UTF-8"), "--lang", "en", "validate", plan("marketing"));
    assertEquals(okr("validate", plan("marketing")).out(), en.out());
    Result after = okr("validate", plan("marketing"), "--lang", "zh-CN");
    assertEquals(zh.out(), after.out());
  }

  @Test
  void validateCountsInChinese() {
    Result r = okr("--lang", "zh-CN", "validate", plan("marketing"));
    assertEquals(Okr.OK, r.code(), r::toString);
    String first = r.out().lines().findFirst().orElseThrow();
    assertTrue(first.matches("plans/marketing\\.yaml：有效的计划.*周期 .*（.* 至 .*）：\\d+ 个负责人，.*"), first);
    assertTrue(
        first.contains("个关键结果") && first.contains("个 KPI") && first.contains("条进展更新"), first);
  }

  @Test
  void anUnknownLanguageIsAUsageErrorSayingWhichThereAre() {
    Result r = okr("--lang", "fr", "score", plan("marketing"));
    assertEquals(Okr.BAD_INPUT, r.code());
    assertTrue(
        r.err()
            .startsWith(
                "okr: Invalid value for option '--lang': 'fr' is not a language okr speaks;"
                    + " expected en or zh-CN\n"),
        r::toString);
  }

  @Test
  void anUnknownLanguageIsToldInTheLanguageOfTheEnvironment() {
    Result r = okrWith(Map.of("LANG", "zh_CN.UTF-8"), "--lang", "fr", "score", plan("marketing"));
    assertEquals(Okr.BAD_INPUT, r.code());
    assertTrue(
        r.err().startsWith("okr: 选项 '--lang' 的值 'fr' 不是 okr 支持的语言；应为 en 或 zh-CN\n"), r::toString);
  }

  @Test
  void badInputIsLocatedAndExitsWith2InChinese() {
    Result missing = okr("--lang", "zh-CN", "score", "nowhere.yaml");
    assertEquals(Okr.BAD_INPUT, missing.code());
    assertEquals("okr score: 无法读取计划文件 nowhere.yaml：文件不存在\n", missing.err());
    Result unknown = okr("--lang", "zh-CN", "explain", plan("marketing"), "KR-nsp");
    assertEquals(Okr.BAD_INPUT, unknown.code());
    assertTrue(
        unknown
            .problems()
            .startsWith("okr explain: 计划 plans/marketing.yaml 中没有目标、关键结果、KPI 或负责人 'KR-nsp'；"),
        unknown::toString);
    Result option = okr("--lang", "zh-CN", "score", plan("marketing"), "--as-of", "tomorrow");
    assertEquals(Okr.BAD_INPUT, option.code());
    assertTrue(
        option.err().startsWith("okr score: 选项 '--as-of' 的值 'tomorrow' 不是日期；"), option::toString);
    assertTrue(option.err().contains("用法："), option::toString);
    Result unknownOption = okr("--lang", "zh-CN", "score", plan("marketing"), "--fromat", "csv");
    assertTrue(
        unknownOption.err().startsWith("okr score: 未知的选项：'--fromat', 'csv'\n"),
        unknownOption::toString);
    assertTrue(unknownOption.err().endsWith("运行 'okr score --help' 查看更多说明。\n"));
  }

  @Test
  void validateNamesTheProblemsOfABrokenChinesePlanInChineseWithTheirPlaces() {
    Result r = okr("validate", "src/test/resources/broken.zh-CN.yaml", "--lang", "zh-CN");
    assertEquals(Okr.BAD_INPUT, r.code(), r::toString);
    assertEquals("", r.out());
    assertEquals(
        "src/test/resources/broken.zh-CN.yaml:18:9: objectives[0].keyResults[0].target:"
            + " 挑战值 15 低于目标值 20（指标越高越好）\n"
            + "src/test/resources/broken.zh-CN.yaml:26:21: kpis[0].contributions[0]:"
            + " 未知的关键结果“KR-partner”\n"
            + "okr validate: 计划文件 src/test/resources/broken.zh-CN.yaml 无效：2 个问题\n",
        r.problems());
    Result english = okr("validate", "src/test/resources/broken.zh-CN.yaml");
    assertTrue(
        english
            .problems()
            .endsWith(
                "okr validate: invalid plan file src/test/resources/broken.zh-CN.yaml: 2"
                    + " problems\n"),
        english::toString);
  }

  @Test
  void theJvmDefaultLocaleNeverLeaksIntoEnglish() {
    String english = okr("score", plan("marketing")).out();
    String help = okr("score", "--help").out();
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertEquals(english, okr("score", plan("marketing")).out());
      assertEquals(help, okr("score", "--help").out());
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theMessagesBundleIsCompleteAndUsed() {
    BundleChecks.checkComplete(
        "messages", name -> Texts.class.getResourceAsStream(name), Locale.SIMPLIFIED_CHINESE);
    BundleChecks.checkUsed(
        "messages",
        name -> Texts.class.getResourceAsStream(name),
        Cli.TARGET.resolveSibling("src").resolve("main").resolve("java"),
        List.of(
            // Texts.count: count.NOUN.one and count.NOUN.other
            "count.",
            // a score's band and status, by the enum constant's name (okr checkin)
            "band.",
            "status.",
            // a number typed for an option or a parameter (okr checkin)
            "checkin.option.",
            "checkin.parameter.",
            // a file's size follows its step when it is known (PlanOptions.announce)
            "step.readingPlan.sized",
            "step.readingPolicy.sized",
            "step.readingSpec.sized",
            "step.readingWorkforce.sized"));
  }

  @Test
  void progressSpeaksChinese() {
    Result r = okr("--lang", "zh-CN", "--progress", "always", "score", plan("marketing"));
    assertEquals(Okr.OK, r.code(), r::toString);
    assertTrue(r.err().startsWith("okr: 正在读取计划 plans/marketing.yaml（"), r::toString);
    assertTrue(r.err().contains(" 字节） ...\n") || r.err().contains(" kB） ...\n"), r::toString);
    assertFalse(r.err().contains("reading"), r::toString);
    assertEquals("", r.problems(), r::toString);
  }
}
