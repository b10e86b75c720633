package org.okrkit.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.okrkit.io.Format;

class DocumentWriterTest {

  /** Every kind of value once: what okrkit's files and exports hold. */
  private static void everything(DocumentWriter out) {
    out.startObject();
    out.name("version");
    out.number(Format.VERSION);
    out.name("name");
    out.text("Q3: \"growth\"");
    out.name("shares");
    out.startList();
    out.number(0.1);
    out.number(1.0);
    out.number(-0.0);
    out.number(0.000015);
    out.endList();
    out.name("none");
    out.startList();
    out.endList();
    out.name("figures");
    out.startObject();
    out.name("sd");
    out.rawNumber(Double.toString(8.791662725038297E-4));
    out.name("big");
    out.number(Long.MAX_VALUE);
    out.name("done");
    out.bool(true);
    out.name("note");
    out.nullValue();
    out.endObject();
    out.endObject();
  }

  @Test
  void jsonIsIndentedByTwoSpacesAndEndsWithALineBreak() {
    assertEquals(
        "{\n"
            + "  \"version\": 1,\n"
            + "  \"name\": \"Q3: \\\"growth\\\"\",\n"
            + "  \"shares\": [\n"
            + "    0.1,\n"
            + "    1,\n"
            + "    -0.0,\n"
            + "    0.000015\n"
            + "  ],\n"
            + "  \"none\": [],\n"
            + "  \"figures\": {\n"
            + "    \"sd\": 8.791662725038297E-4,\n"
            + "    \"big\": 9223372036854775807,\n"
            + "    \"done\": true,\n"
            + "    \"note\": null\n"
            + "  }\n"
            + "}\n",
        DocumentWriter.write(Format.JSON, DocumentWriterTest::everything));
  }

  @Test
  void yamlIsInBlockStyleWithoutADocumentMarker() {
    assertEquals(
        "version: 1\n"
            + "name: \"Q3: \\\"growth\\\"\"\n"
            + "shares:\n"
            + "  - 0.1\n"
            + "  - 1\n"
            + "  - -0.0\n"
            + "  - 0.000015\n"
            + "none: []\n"
            + "figures:\n"
            + "  sd: 8.791662725038297E-4\n"
            + "  big: 9223372036854775807\n"
            + "  done: true\n"
            + "  note: null\n",
        DocumentWriter.write(Format.YAML, DocumentWriterTest::everything));
  }

  @Test
  void writingToAnAppendableGivesTheSameText() throws IOException {
    for (Format format : Format.values()) {
      StringWriter out = new StringWriter();
      DocumentWriter.write(format, out, DocumentWriterTest::everything);
      assertEquals(DocumentWriter.write(format, DocumentWriterTest::everything), out.toString());
    }
  }

  @Test
  void theAppendablesFailureIsThrown() {
    IOException broken = new IOException("disk full");
    Appendable failing =
        new Appendable() {
          @Override
          public Appendable append(CharSequence text) throws IOException {
            throw broken;
          }

          @Override
          public Appendable append(CharSequence text, int start, int end) throws IOException {
            throw broken;
          }

          @Override
          public Appendable append(char c) throws IOException {
            throw broken;
          }
        };
    assertEquals(
        broken,
        assertThrows(
            IOException.class,
            () -> DocumentWriter.write(Format.JSON, failing, DocumentWriterTest::everything)));
  }

  @Test
  void numbersThatNeitherFormatHoldsAreRefused() {
    assertEquals(
        "expected a finite number, got NaN",
        assertThrows(
                IllegalArgumentException.class,
                () -> DocumentWriter.write(Format.JSON, out -> out.number(Double.NaN)))
            .getMessage());
    assertEquals(
        "expected a JSON number, got '1.5e'",
        assertThrows(
                IllegalArgumentException.class,
                () -> DocumentWriter.write(Format.JSON, out -> out.rawNumber("1.5e")))
            .getMessage());
    assertEquals(
        "expected a JSON number, got 'Infinity'",
        assertThrows(
                IllegalArgumentException.class,
                () -> DocumentWriter.write(Format.JSON, out -> out.rawNumber("Infinity")))
            .getMessage());
  }

  @Test
  void aValueWithoutItsNameIsAMistakeOfTheBody() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                DocumentWriter.write(
                    Format.JSON,
                    out -> {
                      out.startObject();
                      out.text("orphan");
                    }));
    assertEquals("Can not write a string, expecting field name (context: Object)", e.getMessage());
  }
}
