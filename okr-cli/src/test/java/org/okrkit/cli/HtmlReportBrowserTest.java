package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.okr;
import static org.okrkit.cli.Cli.plan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.cli.Cli.Result;

/**
 * The HTML report as a person sees it: opened in headless Chromium, its rendered text holds every
 * objective, key result, KPI and owner with its score, the bars are as wide as the scores and in
 * their band's colour, the page raises no script error and requests nothing but itself.
 *
 * <p>The same page in Simplified Chinese declares its language, shows its Chinese headings, lays
 * out as the English one does, and draws Chinese characters with real glyphs: each character's ink
 * is its own, not the one empty box a browser draws for every character no font has.
 *
 * <p>Needs a Chromium ({@code .ci/run} installs Debian's, and Debian's {@code fonts-noto-cjk} for
 * the Chinese glyphs); where no browser can be had, these tests are skipped and say why.
 * Screenshots are left in {@code target/report-screenshots/} for people.
 *
 * <p>Tagged {@code browser}, so that it runs alone with {@code mvn -B -pl okr-cli -am test
 * -Dgroups=browser}.
 */
@Tag("browser")
class HtmlReportBrowserTest {
  private static final Path SCREENSHOTS = Cli.TARGET.resolve("report-screenshots");

  private static final String NO_BROWSER =
      "no Chromium on this machine (looked for $CHROME, then chromium, chromium-browser,"
          + " google-chrome and google-chrome-stable on the PATH), so the HTML report's browser test"
          + " is skipped; .ci/run installs Debian's chromium, or run apt-get install chromium";

  private static Optional<Path> binary;
  private static Chromium chromium;

  @BeforeAll
  static void findChromium() {
    binary = Chromium.find();
    if (binary.isEmpty()) {
      // also in the build's log, not only in the test report
      System.err.println("HtmlReportBrowserTest: " + NO_BROWSER);
    }
  }

  @BeforeEach
  void startChromium() throws IOException {
    // each test is skipped on its own, with the reason, where there is no browser
    Assumptions.assumeTrue(binary.isPresent(), NO_BROWSER);
    if (chromium == null) {
      chromium = Chromium.start(binary.get());
      Files.createDirectories(SCREENSHOTS);
    }
  }

  @AfterAll
  static void stopChromium() throws IOException {
    if (chromium != null) {
      chromium.close();
    }
  }

  private static Chromium.Page report(String name, Path dir) throws IOException {
    Path html = dir.resolve(name + ".html");
    Result r = okr("report", plan(name), "--html", html.toString());
    assertEquals(Okr.OK, r.code(), r::toString);
    Chromium.Page page = chromium.open(html);
    Files.write(SCREENSHOTS.resolve(name + ".png"), page.screenshot());
    return page;
  }

  private static void assertClean(Chromium.Page page, Path html) {
    assertEquals(
        List.of(), page.errors(), () -> "script errors; Chromium said " + chromium.stderr());
    assertEquals(
        List.of(html.toUri().toString()), page.requests(), "the page requested something else");
  }

  @Test
  void theMarketingReportShowsEveryScoreWithoutScriptErrors(@TempDir Path dir) throws IOException {
    Chromium.Page page = report("marketing", dir);
    String text = page.text();
    // the objective and its key results, each with its score, band and status as a person reads
    // them
    for (String seen :
        new String[] {
          "Marketing",
          "O-influence Raise the company's market influence",
          "0.567\tYELLOW\tat risk",
          "KR-partners Add 20 partner companies within the quarter",
          "0.7\tGREEN\ton track",
          "KR-mentions Brand media mentions +30 %",
          "0.6\tYELLOW\ton track",
          "KR-forums Run at least 5 high-quality industry forums",
          "0.4\tYELLOW\toff track",
          "K-campaigns Run 5 brand campaigns per month",
          "Marketing department marketing",
          "Marketing manager marketing-manager",
          "ALN003",
          "objective 'O-influence' has 33.3 % of its key-result weight backed by KPIs; expected at least 50 %"
        }) {
      assertTrue(text.contains(seen), () -> "the page does not show \"" + seen + "\":\n" + text);
    }
    assertClean(page, dir.resolve("marketing.html"));

    // the objective's bar: filled to its score, in the band's yellow
    Object bar =
        page.evaluate(
            "(() => { const b = document.querySelector('#O-influence .headline .bar');"
                + " const f = b.querySelector('.fill');"
                + " return [f.getBoundingClientRect().width / b.clientWidth, getComputedStyle(f).backgroundColor]; })()");
    List<?> values = (List<?>) bar;
    assertEquals(0.567, (Double) values.get(0), 0.01, "the bar's share of its track");
    assertEquals("rgb(212, 167, 44)", values.get(1), "the bar's colour");
  }

  @Test
  void everySeedReportRendersCleanly(@TempDir Path dir) throws IOException {
    String[][] seen = {
      {
        "internet-company",
        "O-growth Raise the user growth rate",
        "0.432\tYELLOW\tat risk",
        "K-features"
      },
      {
        "manufacturer",
        "O-quality Set the industry-leading quality standard",
        "0.6\tRED\ton track",
        "K-complaints"
      },
      {
        "start-up",
        "O-funding Raise the odds of closing a funding round",
        "0.85\tGREEN\ton track",
        "K-pr-releases"
      }
    };
    for (String[] seed : seen) {
      Chromium.Page page = report(seed[0], dir);
      String text = page.text();
      for (int i = 1; i < seed.length; i++) {
        String expected = seed[i];
        assertTrue(
            text.contains(expected),
            () -> seed[0] + " does not show \"" + expected + "\":\n" + text);
      }
      assertClean(page, dir.resolve(seed[0] + ".html"));
    }
  }

  @Test
  void theTrendChartsRenderAPointPerCheckInInsideTheirBox(@TempDir Path dir) throws IOException {
    Chromium.Page page = report("marketing", dir);
    // per chart: its width and height as drawn, its points, and whether every point lies inside
    Object charts =
        page.evaluate(
            "[...document.querySelectorAll('figure svg.trend')].map(svg => {"
                + " const b = svg.getBoundingClientRect();"
                + " const dots = [...svg.querySelectorAll('circle')].map(c => c.getBoundingClientRect());"
                + " return [svg.parentElement.id, Math.round(b.width), Math.round(b.height), dots.length,"
                + "  dots.every(d => d.left >= b.left && d.right <= b.right && d.top >= b.top"
                + "   && d.bottom <= b.bottom)]; })");
    List<?> rows = (List<?>) charts;
    assertEquals(4, rows.size(), rows::toString);
    List<String> ids =
        List.of("trend-KR-partners", "trend-KR-mentions", "trend-KR-forums", "trend-K-campaigns");
    List<Integer> points = List.of(2, 2, 1, 2);
    for (int i = 0; i < rows.size(); i++) {
      List<?> row = (List<?>) rows.get(i);
      assertEquals(ids.get(i), row.get(0));
      // a chart fills its column of the grid, in the shape of its view box
      double width = ((Number) row.get(1)).doubleValue();
      double height = ((Number) row.get(2)).doubleValue();
      assertTrue(width >= 250, row::toString);
      assertEquals(172 / 320.0, height / width, 0.02, row::toString);
      assertEquals(points.get(i), ((Number) row.get(3)).intValue(), row::toString);
      assertEquals(Boolean.TRUE, row.get(4), row::toString);
    }
    // the alignment map, drawn wide on a desktop, and its boxes
    assertEquals(
        List.of(true, false),
        page.evaluate(
            "['svg.map.wide', 'svg.map.narrow'].map(s =>"
                + " getComputedStyle(document.querySelector(s)).display !== 'none')"));
    assertEquals(
        2L,
        ((Number) page.evaluate("document.querySelectorAll('svg.map.wide g.box.marked').length"))
            .longValue());
  }

  /**
   * Every element lies inside its section, and the page is no wider than the window: checked from
   * the geometry the browser laid out, not by comparing pixels.
   */
  private static final String OVERFLOW =
      "(() => { const bad = []; const doc = document.documentElement;"
          + " if (doc.scrollWidth > window.innerWidth)"
          + "  bad.push('the page is ' + doc.scrollWidth + ' px wide in a window of '"
          + "   + window.innerWidth);"
          + " for (const s of document.querySelectorAll('header, section, footer')) {"
          + "  const b = s.getBoundingClientRect();"
          + "  for (const e of s.querySelectorAll('*')) {"
          + "   const r = e.getBoundingClientRect();"
          + "   if (r.width === 0 && r.height === 0) continue;"
          + "   if (r.left < b.left - 0.5 || r.right > b.right + 0.5)"
          + "    bad.push((s.id || s.tagName) + ': ' + e.tagName + '.' + e.getAttribute('class')"
          + "     + ' ' + (e.textContent || '').slice(0, 30) + ' spans ' + Math.round(r.left)"
          + "     + '..' + Math.round(r.right) + ' outside ' + Math.round(b.left) + '..'"
          + "     + Math.round(b.right)); } }"
          + " return bad.slice(0, 10); })()";

  @Test
  void nothingOverflowsItsBoxOnADesktopOrAPhone(@TempDir Path dir) throws IOException {
    for (String seed : GoldenOutputsTest.SEEDS) {
      Chromium.Page page = report(seed, dir);
      assertEquals(List.of(), page.evaluate(OVERFLOW), seed + " at 1,200 px");
      page.resize(375, 812, true);
      assertEquals(375L, ((Number) page.evaluate("window.innerWidth")).longValue());
      assertEquals(List.of(), page.evaluate(OVERFLOW), seed + " at 375 px");
      // on a phone the map is drawn as a tree, at its own size
      assertEquals(
          List.of(false, true),
          page.evaluate(
              "['svg.map.wide', 'svg.map.narrow'].map(s =>"
                  + " getComputedStyle(document.querySelector(s)).display !== 'none')"),
          seed);
      Files.write(SCREENSHOTS.resolve(seed + "-phone.png"), page.screenshot());
      assertClean(page, dir.resolve(seed + ".html"));
    }
  }

  @Test
  void theOverflowCheckCatchesABoxTooWide(@TempDir Path dir) throws IOException {
    // the check above would pass on anything if it could not see an overflow: show it one
    Path wide = dir.resolve("wide.html");
    Files.writeString(
        wide,
        "<!DOCTYPE html><html><body><section id=\"s\" style=\"width:300px\">"
            + "<table><tr><td style=\"white-space:nowrap\">a cell far wider than its"
            + " section, that a phone cannot fit</td></tr></table></section></body></html>");
    Chromium.Page page = chromium.open(wide);
    page.resize(375, 812, true);
    List<?> found = (List<?>) page.evaluate(OVERFLOW);
    assertFalse(found.isEmpty(), "an overflow went unseen");
    assertTrue(found.get(0).toString().startsWith("s: TABLE.null "), found::toString);
  }

  @Test
  void theErrorCheckCatchesAScriptError(@TempDir Path dir) throws IOException {
    // the check above would pass on anything if it could not see errors: show it one
    Path broken = dir.resolve("broken.html");
    Files.writeString(
        broken,
        "<!DOCTYPE html><html><body><p>hi</p><script>notAFunction();</script></body></html>");
    Chromium.Page page = chromium.open(broken);
    assertEquals("hi", page.text().strip());
    List<String> errors = page.errors();
    assertFalse(errors.isEmpty(), "a script error went unseen");
    assertTrue(
        errors.get(0).startsWith("Uncaught ReferenceError: notAFunction is not defined"),
        errors::toString);
  }

  /** The Chinese seed plan's report, written by {@code okr report --html --lang zh-CN}. */
  private static Chromium.Page chineseReport(String name, Path dir) throws IOException {
    Path html = dir.resolve(name + ".html");
    Result r = okr("report", plan(name), "--html", html.toString(), "--lang", "zh-CN");
    assertEquals(Okr.OK, r.code(), r::toString);
    Chromium.Page page = chromium.open(html);
    Files.write(SCREENSHOTS.resolve(name + ".png"), page.screenshot());
    return page;
  }

  /**
   * Per character, drawn alone on a canvas in the font of the page's headings: how many pixels it
   * inks and the bitmap itself. A character no installed font has is drawn as the same empty box as
   * any other such character, such as one from the private use area that no font gives a glyph.
   */
  private static final String GLYPHS =
      "(chars => { const font = '40px ' + getComputedStyle(document.querySelector('h2')).fontFamily;"
          + " const ink = ch => { const c = document.createElement('canvas'); c.width = 56;"
          + "  c.height = 56; const g = c.getContext('2d'); g.font = font; g.textBaseline = 'top';"
          + "  g.fillStyle = '#000'; g.fillText(ch, 6, 6); const d = g.getImageData(0, 0, 56, 56).data;"
          + "  let bits = ''; let n = 0; for (let i = 3; i < d.length; i += 4) {"
          + "   const on = d[i] > 100; bits += on ? '1' : '0'; if (on) n++; } return [ch, n, bits]; };"
          + " return chars.map(ink); })";

  private static List<?> glyphs(Chromium.Page page, String chars) {
    StringBuilder list = new StringBuilder("[");
    chars
        .codePoints()
        .forEach(
            c ->
                list.append(list.length() > 1 ? "," : "")
                    .append("'\\u{")
                    .append(Integer.toHexString(c))
                    .append("}'"));
    return (List<?>) page.evaluate(GLYPHS + "(" + list + "])");
  }

  @Test
  void theChineseReportRendersItsHeadingsWithRealGlyphs(@TempDir Path dir) throws IOException {
    Chromium.Page page = chineseReport("marketing.zh-CN", dir);
    assertEquals("zh-CN", page.evaluate("document.documentElement.lang"));
    String text = page.text();
    for (String seen :
        new String[] {
          "市场营销",
          "概览",
          "O-influence 提升企业市场影响力",
          "0.567\t黄色\t有风险",
          "KR-partners 季度内新增20家合作企业",
          "0.7\t绿色\t正常",
          "对齐检查结果",
          "ALN003",
          "如何阅读得分条"
        }) {
      assertTrue(text.contains(seen), () -> "the page does not show \"" + seen + "\":\n" + text);
    }
    // each score with its band and status, in Chinese
    assertTrue(
        java.util.regex.Pattern.compile("\\d\t(红色|黄色|绿色)\t(正常|有风险|落后)").matcher(text).find(), text);
    assertClean(page, dir.resolve("marketing.zh-CN.html"));

    // the characters of the page's headings and a character no font has a glyph for
    List<?> drawn = glyphs(page, "目标关键结果负责人\uE000");
    List<?> missing = (List<?>) drawn.get(drawn.size() - 1);
    for (Object d : drawn.subList(0, drawn.size() - 1)) {
      List<?> glyph = (List<?>) d;
      assertTrue(((Number) glyph.get(1)).intValue() > 20, () -> glyph.get(0) + " draws no ink");
      assertFalse(
          glyph.get(2).equals(missing.get(2)),
          () ->
              glyph.get(0)
                  + " is drawn as the box of a missing glyph: no font with Chinese glyphs is"
                  + " installed (.ci/run installs Debian's fonts-noto-cjk)");
    }
    // and every character its own shape, not one box for all
    long shapes = drawn.stream().map(d -> ((List<?>) d).get(2)).distinct().count();
    assertEquals(drawn.size(), shapes, "characters drawn alike: no real glyphs");
  }

  @Test
  void theGlyphCheckCatchesCharactersDrawnAsMissing(@TempDir Path dir) throws IOException {
    // the check above would pass on anything if it could not see a missing glyph: private use
    // characters have no glyph in any font, and are all drawn as the same box
    Chromium.Page page = chineseReport("marketing.zh-CN", dir);
    List<?> drawn = glyphs(page, "\uE000\uE001\uE002");
    assertEquals(
        1L, drawn.stream().map(d -> ((List<?>) d).get(2)).distinct().count(), drawn::toString);
  }

  @Test
  void nothingOverflowsTheChineseReportOnADesktopOrAPhone(@TempDir Path dir) throws IOException {
    Chromium.Page page = chineseReport("marketing.zh-CN", dir);
    assertEquals(List.of(), page.evaluate(OVERFLOW), "zh-CN at 1,200 px");
    page.resize(375, 812, true);
    assertEquals(List.of(), page.evaluate(OVERFLOW), "zh-CN at 375 px");
    Files.write(SCREENSHOTS.resolve("marketing.zh-CN-phone.png"), page.screenshot());
    assertClean(page, dir.resolve("marketing.zh-CN.html"));
  }
}
