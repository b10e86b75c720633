package org.okrkit.testing;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.okrkit.core.text.Phrasebook;

class BundleChecksTest {

  private static Phrasebook.Resources files(Map<String, String> files) {
    return name -> {
      String text = files.get(name);
      return text == null ? null : new ByteArrayInputStream(text.getBytes(UTF_8));
    };
  }

  @Test
  void aCompleteTranslationPasses() {
    BundleChecks.checkComplete(
        "t",
        files(
            Map.of(
                "t.properties", "a=score {score:3} of {@id}\nlist={@items:, }\n",
                "t_zh_CN.properties", "a={@id} 的得分 {score:3}\nlist={@items:、}\n")),
        Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void everyGapOfATranslationIsListed() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                BundleChecks.checkComplete(
                    "t",
                    files(
                        Map.of(
                            "t.properties", "a=score {score}\nb=b\nc=c {@id}\n",
                            "t_zh_CN.properties", "a=得分 {@score}\nc=\nd=多余\n")),
                    Locale.SIMPLIFIED_CHINESE));
    assertEquals(
        "4 problems in the bundle t for zh_CN:\n"
            + "  t_zh_CN.properties lacks b\n"
            + "  t_zh_CN.properties a has the placeholders [@score], expected those of the root:"
            + " [score]\n"
            + "  t_zh_CN.properties has an empty c\n"
            + "  t_zh_CN.properties has d, which t.properties lacks",
        e.getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                BundleChecks.checkComplete(
                    "t", files(Map.of("t.properties", "a=a\n")), Locale.SIMPLIFIED_CHINESE));
    assertEquals("the bundle file t_zh_CN.properties is missing", e.getMessage());
  }

  @Test
  void keysUsedNowhereAreListed(@TempDir Path sources) throws IOException {
    Files.writeString(
        sources.resolve("A.java"),
        "class A { String a = \"used\"; String b = \"level.\" + x; }",
        UTF_8);
    Phrasebook.Resources bundle =
        files(Map.of("t.properties", "used=u\nlevel.TEAM=team\nunused=x\nuse=prefix only\n"));
    BundleChecks.checkUsed("t", bundle, sources, Set.of("level.", "unused", "use"));
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> BundleChecks.checkUsed("t", bundle, sources, List.of("level.")));
    assertEquals(
        "2 problems in the bundle t:\n"
            + "  unused is used nowhere in "
            + sources
            + "\n  use is used nowhere in "
            + sources,
        e.getMessage());
  }

  @Test
  void placeholdersAreNamesAndKinds() {
    assertEquals(
        Set.of("@a", "b", "@c"), BundleChecks.placeholders("{@a:*'} {b:score} {@c:、} {not one} {"));
  }
}
