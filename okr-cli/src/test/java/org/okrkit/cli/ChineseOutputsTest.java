package org.okrkit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.okrkit.cli.Cli.okr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.okrkit.cli.Cli.Result;
import org.okrkit.core.Plan;
import org.okrkit.core.Unit;
import org.okrkit.io.PlanFiles;

/**
 * The Chinese seed plans rendered in zh-CN by every command that writes text for people show no
 * English words besides ids, codes (ALN003), units, the article's own abbreviations (KPI, OKR, VC,
 * BP, PR) and the names of files and options.
 */
class ChineseOutputsTest {
  /** Words that are not English to a Chinese reader of the article. */
  private static final Set<String> ALLOWED = Set.of("KPI", "OKR", "VC", "BP", "PR", "okr");

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z]+");

  /** The English words of {@code text} that are none of the plan's ids or the allowed ones. */
  static Set<String> englishWords(String text, Plan plan) {
    // longest first, so that marketing-manager goes before marketing
    Set<String> ids =
        new TreeSet<>(
            java.util.Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
    plan.owners().forEach(o -> ids.add(o.id()));
    plan.objectives().forEach(o -> ids.add(o.id()));
    plan.keyResults().forEach(k -> ids.add(k.id()));
    plan.kpis().forEach(k -> ids.add(k.id()));
    String rest = text;
    // file names and options, ids (which may hold words), codes, periods and units
    rest = rest.replaceAll("\\S*\\.(yaml|yml|json|jsonl|csv|html|svg)\\b", " ");
    rest = rest.replaceAll("--[a-z-]+", " ");
    for (String id : ids) {
      rest = rest.replace(id, " ");
    }
    rest = rest.replaceAll("ALN\\d{3}", " ").replaceAll("\\d{4}-(Q\\d|H\\d)", " ");
    for (Unit unit : Unit.values()) {
      rest = rest.replace(unit.name(), " ");
    }
    Set<String> words = new TreeSet<>();
    Matcher m = WORD.matcher(rest);
    while (m.find()) {
      if (!ALLOWED.contains(m.group())) {
        words.add(m.group());
      }
    }
    return words;
  }

  @ParameterizedTest
  @ValueSource(strings = {"marketing", "internet-company", "manufacturer", "start-up"})
  void everyCommandSpeaksChineseOnAChineseSeedPlan(String name) throws Exception {
    String file = Cli.PLANS.resolve(name + ".zh-CN.yaml").toString();
    Plan plan = PlanFiles.read(Path.of(file));
    List<List<String>> commands = new ArrayList<>();
    commands.add(List.of("validate", file));
    commands.add(List.of("score", file));
    commands.add(List.of("score", file, "--format", "md"));
    commands.add(List.of("align", file, "--format", "md"));
    commands.add(List.of("history", file, "--format", "md"));
    commands.add(List.of("align", file));
    commands.add(List.of("history", file));
    plan.owners().forEach(o -> commands.add(List.of("explain", file, o.id())));
    plan.objectives().forEach(o -> commands.add(List.of("explain", file, o.id())));
    plan.keyResults().forEach(k -> commands.add(List.of("explain", file, k.id())));
    plan.kpis().forEach(k -> commands.add(List.of("explain", file, k.id())));
    List<String> leaks = new ArrayList<>();
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      args.add("--lang");
      args.add("zh-CN");
      Result r = okr(args.toArray(new String[0]));
      assertTrue(r.code() == Okr.OK || r.code() == Okr.FINDINGS, r::toString);
      Set<String> words = englishWords(r.out() + r.err(), plan);
      if (!words.isEmpty()) {
        leaks.add(String.join(" ", command) + ": " + words);
      }
    }
    assertEquals(List.of(), leaks);
  }
}
