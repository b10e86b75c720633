package org.okrkit.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.okrkit.core.ProblemException;
import org.okrkit.core.text.Phrasebook;
import org.okrkit.testing.BundleChecks;

/**
 * The settings a simulation refuses, as data: English as before, Chinese with no English sentence,
 * and every code written out in both languages with no placeholder left.
 */
class ModelProblemsTest {
  static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  static final Phrasebook.Resources FILES =
      name -> {
        Path file = Path.of("src/main/resources/org/okrkit/simulation", name);
        return Files.exists(file) ? Files.newInputStream(file) : (InputStream) null;
      };

  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "\\{(@)([A-Za-z][A-Za-z0-9]*)(:[^{}]*)?}|\\{()([A-Za-z][A-Za-z0-9]*)(:(?:[0-9]{1,2}|score))?}");

  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z]+");

  @Test
  void theZhCnTranslationIsComplete() {
    BundleChecks.checkComplete("problems", FILES, ZH);
  }

  @Test
  void everyKeyIsUsed() {
    BundleChecks.checkUsed("problems", FILES, Path.of("src/main/java"), List.of());
  }

  @Test
  void refusedSettingsReadInChinese() {
    List<ProblemException> problems =
        List.of(
            assertThrows(ProblemException.class, () -> Turnover.of(1.5)),
            assertThrows(ProblemException.class, () -> Selection.of(0.5, 0)),
            assertThrows(
                ProblemException.class, () -> OutcomeModel.builder().effortElasticity(2).build()),
            assertThrows(
                ProblemException.class, () -> OutcomeModel.builder().abilityWeight(-1).build()),
            assertThrows(ProblemException.class, () -> Dismissal.lowestShare(1)));
    assertEquals("the turnover rate must lie from 0 to 1, got 1.5", problems.get(0).getMessage());
    assertEquals("人员流失率必须在 0 至 1 之间，实际为 1.5", problems.get(0).message(ZH));
    for (ProblemException p : problems) {
      assertEquals(p.getMessage(), p.message(Locale.ROOT));
      Set<String> words = new TreeSet<>();
      Matcher m = WORD.matcher(p.message(ZH).replaceAll("effortElasticity|abilityWeight", " "));
      while (m.find()) {
        words.add(m.group());
      }
      assertEquals(Set.of(), words, p::getMessage);
    }
  }

  @Test
  void everyCodeRendersInBothLanguagesWithNoPlaceholderLeft() {
    for (String code : ModelProblems.TEMPLATES.phrasebook(Locale.ROOT).phrases().keySet()) {
      String pattern = ModelProblems.TEMPLATES.phrasebook(Locale.ROOT).phrase(code);
      Map<String, Object> arguments = new LinkedHashMap<>();
      Matcher m = PLACEHOLDER.matcher(pattern);
      while (m.find()) {
        arguments.put(m.group(2) != null ? m.group(2) : m.group(5), 0.25);
      }
      ProblemException e = new ProblemException(ModelProblems.TEMPLATES, code, arguments);
      assertEquals(e.getMessage(), e.message(Locale.ROOT));
      assertFalse(PLACEHOLDER.matcher(e.message(ZH)).find(), code);
      assertFalse(PLACEHOLDER.matcher(e.getMessage()).find(), code);
    }
  }
}
