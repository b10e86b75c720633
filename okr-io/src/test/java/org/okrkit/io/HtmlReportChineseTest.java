package org.okrkit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.okrkit.alignment.AlignmentAnalyzer;
import org.okrkit.alignment.AlignmentReport;
import org.okrkit.alignment.AlignmentRules;
import org.okrkit.alignment.Finding;
import org.okrkit.core.Plan;
import org.okrkit.core.testing.ChinesePlans;
import org.okrkit.core.testing.SeedPlans;
import org.okrkit.scoring.Scorecard;
import org.okrkit.scoring.ScoringPolicy;

/** The page in Simplified Chinese: its language, its headings and labels, and no English left. */
class HtmlReportChineseTest {
  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  /** The article's marketing case, typed in Chinese. */
  static Plan marketing() {
    return ChinesePlans.marketing();
  }

  private static HtmlReport report(Plan plan) {
    Scorecard card = ScoringPolicy.defaults().score(plan, SeedPlans.AS_OF);
    AlignmentReport alignment = AlignmentAnalyzer.defaults().analyze(plan);
    return HtmlReport.of(card, alignment).withPolicyNote("市场部.policy.yaml");
  }

  /** The text a person reads: tags, and the style sheet, left out. */
  private static String visible(String html) {
    String body = html.substring(html.indexOf("</style>"));
    return entities(body.replaceAll("<[^>]*>", " "));
  }

  private static String entities(String text) {
    return text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  /** The texts of the attributes a person may read: aria labels and SVG titles. */
  private static List<String> spoken(String html) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("aria-label=\"([^\"]*)\"|<title>([^<]*)</title>").matcher(html);
    while (m.find()) {
      found.add(entities(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    return found;
  }

  @Test
  void theChinesePageDeclaresItsLanguageAndAFontWithChineseGlyphs() {
    String html = report(marketing()).withLocale(ZH).render();
    assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n"), html);
    assertTrue(html.contains("\"Noto Sans CJK SC\""), html);
    assertTrue(html.contains("\"Microsoft YaHei\""), html);
    assertTrue(html.contains("<title>市场部 2026-Q2 – OKR 报告（截至 2026-05-31）</title>"), html);
    String english = report(marketing()).render();
    assertTrue(english.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n"));
    assertFalse(english.contains("Noto Sans CJK"), "the English page keeps its own fonts");
  }

  @Test
  void theChinesePageHasChineseHeadingsLabelsAndStatuses() {
    String html = report(marketing()).render(ZH);
    for (String seen :
        new String[] {
          "<h2>概览</h2>",
          "<h2>目标</h2>",
          "<h2>进度趋势</h2>",
          "<h2>对齐图</h2>",
          "<h2>负责人</h2>",
          "<h2>KPI</h2>",
          "<h2>对齐检查结果</h2>",
          "<h2>如何阅读得分条</h2>",
          "</b>对齐覆盖率</div>",
          "<th>关键结果</th><th>得分</th><th>等级</th><th>状态</th>",
          "<th>负责人</th><th>综合得分</th>",
          "评分截至 <b>2026-05-31</b> · 评分策略：市场部.policy.yaml",
          "<span class=\"badge status-AT_RISK\">有风险</span>",
          "<span class=\"badge band-YELLOW\">黄色</span>",
          "挑战型 · 对齐覆盖率 33.3% · 信心指数 未知",
          "实际值 13 · 目标值 0 -&gt; 20 新增合作企业 · 进度 65%，预期进度 67%",
          "目标值 基线值 200 的 +30%（260） 品牌媒体曝光量",
          "市场经理 · 每月 · 实际值 4",
          "由 <span class=\"id\">K-campaigns</span> 0 支撑",
          "<div class=\"detail\">支撑 <span class=\"id\">KR-mentions</span></div>",
          "<span class=\"badge sev-WARNING\">警告</span>",
          "<text class=\"heading\" x=\"0\" y=\"16\">负责人</text>",
          "个人，隶属于市场部",
          "<footer>由 okrkit 生成。得分：市场部.policy.yaml，截至 2026-05-31。</footer>"
        }) {
      assertTrue(html.contains(seen), () -> "the page does not show " + seen + ":\n" + html);
    }
  }

  @Test
  void aFindingReadsInTheLanguageOfItsTemplates() {
    Plan plan = marketing();
    String html = report(plan).render(ZH);
    Finding finding =
        AlignmentAnalyzer.defaults().analyze(plan).findings().stream()
            .filter(f -> f.code().equals("ALN003"))
            .findFirst()
            .orElseThrow();
    String message = HtmlReport.esc(AlignmentRules.templates().message(finding, ZH));
    String hint = HtmlReport.esc(AlignmentRules.templates().hint(finding, ZH));
    assertTrue(
        html.contains(
            "<td class=\"id\">ALN003</td><td>"
                + message
                + "<div class=\"hint\">建议："
                + hint
                + "</div></td><td><span class=\"id\">O-influence</span></td>"),
        html);
  }

  /** Every English word the page's own wording has; none of them shows in Chinese. */
  private static final String[] ENGLISH = {
    "Summary",
    "Objectives",
    "Key result",
    "Owners",
    "Alignment coverage",
    "Findings",
    "Status of elements",
    "on track",
    "at risk",
    "off track",
    "error",
    "warning",
    "note",
    "Progress over time",
    "Alignment map",
    "How to read the bars",
    "Score",
    "Band",
    "Status",
    "Composite",
    "Confidence",
    "Severity",
    "Code",
    "Finding",
    "Elements",
    "scored as of",
    "policy:",
    "Written by",
    "Scores",
    "actual",
    "target",
    "progress",
    "expected",
    "confidence",
    "unknown",
    "supported by",
    "supports",
    "aspirational",
    "committed",
    "department",
    "individual",
    "monthly",
    "no check-in",
    "RED",
    "YELLOW",
    "GREEN",
    "WARNING",
    "ERROR",
    "INFO",
    "fix:",
    "no band",
    "no status",
    "unscored",
    "alignment map",
    "score of",
    "no KPI",
  };

  @Test
  void theChinesePageShowsNoEnglishWordsBesidesIdsCodesAndUnits() {
    String html = report(marketing()).render(ZH);
    // the findings' own words come from their templates, in okr-alignment's bundle: tested there
    html =
        html.replaceAll(
            "(<td class=\"id\">ALN\\d+</td><td>)[^<]*(<div class=\"hint\">建议：)[^<]*", "$1$2");
    String text = visible(html) + "\n" + String.join("\n", spoken(html));
    // ids, codes and formulas aside, no Latin word of two letters or more that is not OKR or KPI
    Plan plan = marketing();
    List<String> ids = new ArrayList<>();
    plan.owners().forEach(o -> ids.add(o.id()));
    plan.objectives().forEach(o -> ids.add(o.id()));
    plan.keyResults().forEach(k -> ids.add(k.id()));
    plan.kpis().forEach(k -> ids.add(k.id()));
    ids.sort((a, b) -> b.length() - a.length());
    String words = text;
    for (String id : ids) {
      words = words.replace(id, " ");
    }
    // the file name of the policy note, the codes, and the acronyms the glossary keeps
    words = words.replaceAll("\\b(OKR|KPI|ALN\\d+|okrkit|yaml|policy)\\b", " ");
    Matcher latin = Pattern.compile("\\b[A-Za-z]{2,}\\b").matcher(words);
    List<String> left = new ArrayList<>();
    while (latin.find()) {
      left.add(latin.group());
    }
    assertEquals(List.of(), left, text);
    for (String label : ENGLISH) {
      assertFalse(text.contains(label), () -> "the Chinese page says " + label);
    }
  }

  @Test
  void theEnglishPageIsTheSameWithOrWithoutALocale() {
    HtmlReport report = report(SeedPlans.marketing());
    String english = report.render();
    assertEquals(english, report.render(Locale.ROOT));
    assertEquals(english, report.render(Locale.ENGLISH));
    assertEquals(english, report.withLocale(Locale.US).render());
    assertTrue(english.contains("<h2>Summary</h2>"));
    assertTrue(english.contains("Raise the company&#39;s market influence"));
  }

  @Test
  void aChineseDefaultLocaleDoesNotLeakIntoTheEnglishPage() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(ZH);
      String english = report(SeedPlans.marketing()).render();
      assertTrue(english.contains("<html lang=\"en\">"));
      assertTrue(english.contains("<h2>Summary</h2>"));
      assertFalse(english.contains("概览"));
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aLocaleWithoutATranslationReadsInEnglish() {
    String french = report(SeedPlans.marketing()).render(Locale.FRENCH);
    assertEquals(report(SeedPlans.marketing()).render(), french);
  }
}
