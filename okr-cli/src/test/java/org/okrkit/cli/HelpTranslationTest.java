package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.okr;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.okrkit.cli.Cli.Result;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The help in Chinese: every command's header and description and every option's and parameter's
 * description is translated, and the translation has no key that names nothing.
 */
class HelpTranslationTest {

  private static CommandLine cli(Locale locale) {
    CommandLine cli =
        new CommandLine(
            new Okr(
                new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()),
                Clock.systemUTC(),
                locale));
    Help.translate(cli, locale);
    return cli;
  }

  private static List<CommandSpec> commands(CommandLine cli) {
    List<CommandSpec> all = new ArrayList<>();
    all.add(cli.getCommandSpec());
    for (CommandLine sub : cli.getSubcommands().values()) {
      all.addAll(commands(sub));
    }
    return all;
  }

  private static boolean chinese(String text) {
    return text.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  @Test
  void everyTextOfTheHelpIsTranslated() {
    List<CommandSpec> english = commands(cli(Locale.ROOT));
    List<CommandSpec> chinese = commands(cli(Locale.SIMPLIFIED_CHINESE));
    assertEquals(english.size(), chinese.size());
    List<String> untranslated = new ArrayList<>();
    for (int i = 0; i < english.size(); i++) {
      CommandSpec en = english.get(i);
      CommandSpec zh = chinese.get(i);
      String name = zh.qualifiedName();
      for (String[][] pair :
          new String[][][] {
            {en.usageMessage().header(), zh.usageMessage().header()},
            {en.usageMessage().description(), zh.usageMessage().description()},
            {en.usageMessage().footer(), zh.usageMessage().footer()}
          }) {
        String enText = String.join(" ", pair[0]).strip();
        String zhText = String.join(" ", pair[1]).strip();
        if (!enText.isEmpty() && !chinese(zhText)) {
          untranslated.add(name + ": " + enText);
        }
      }
      List<ArgSpec> enArgs = en.args();
      List<ArgSpec> zhArgs = zh.args();
      for (int a = 0; a < zhArgs.size(); a++) {
        String zhText = String.join(" ", zhArgs.get(a).description());
        if (!chinese(zhText)) {
          untranslated.add(
              name
                  + " "
                  + zhArgs.get(a).paramLabel()
                  + ": "
                  + String.join(" ", enArgs.get(a).description()));
        }
      }
    }
    assertEquals(List.of(), untranslated);
  }

  @Test
  void everyKeyOfTheTranslationNamesSomething() {
    ResourceBundle bundle = Help.bundle(Locale.SIMPLIFIED_CHINESE);
    Set<String> named = new TreeSet<>();
    for (CommandSpec c : commands(cli(Locale.ROOT))) {
      String q = c.qualifiedName(".");
      for (String section :
          List.of("usage.header", "usage.description", "usage.footer", "usage.footerHeading")) {
        named.add(q + "." + section);
      }
      for (ArgSpec arg : c.args()) {
        String key =
            !arg.descriptionKey().isEmpty()
                ? arg.descriptionKey()
                : arg.isOption()
                    ? ((CommandLine.Model.OptionSpec) arg).longestName().replaceFirst("^-+", "")
                    : arg.paramLabel()
                        + "["
                        + ((CommandLine.Model.PositionalParamSpec) arg).index()
                        + "]";
        named.add(key);
        named.add(q + "." + key);
      }
    }
    // the headings of every command, and the standard help options, which picocli looks up by
    // their short keys
    named.addAll(List.of("usage.synopsisHeading", "usage.commandListHeading", "help", "version"));
    List<String> unknown = new ArrayList<>();
    for (String key : Collections.list(bundle.getKeys())) {
      String base = key.replaceFirst("\\.\\d+$", "");
      if (!named.contains(base)) {
        unknown.add(key);
      }
    }
    assertEquals(List.of(), unknown);
  }

  @Test
  void theHelpReadsInChinese() {
    Result r = okr("--lang", "zh-CN", "--help");
    assertEquals(Okr.OK, r.code());
    assertTrue(
        r.out().startsWith("用法： okr [-hV] [--lang=LANG] [--progress=WHEN] [COMMAND]\n"),
        r::toString);
    assertTrue(r.out().contains("  score      为计划评分：每个负责人、目标、关键结果和 KPI。\n"), r::toString);
    assertTrue(r.out().contains("\n退出码：\n  0  完成\n"), r::toString);
    Result score = okr("score", "--help", "--lang", "zh-CN");
    assertTrue(score.out().contains("评分日期：YYYY-MM-DD 或 'today'"), score::toString);
  }
}
