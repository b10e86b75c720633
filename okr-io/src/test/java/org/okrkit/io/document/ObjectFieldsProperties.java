package org.okrkit.io.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFileException;
import org.okrkit.io.ReadLimits;

/** An object's fields, few or many: every one found by name, in order, and repeats reported. */
class ObjectFieldsProperties {

  @Property(tries = 300)
  void everyFieldIsFoundByNameInDocumentOrder(
      @ForAll @Size(max = 40)
          List<@StringLength(min = 1, max = 3) @net.jqwik.api.constraints.AlphaChars String>
              names) {
    Set<String> distinct = new LinkedHashSet<>(names);
    StringBuilder json = new StringBuilder("{");
    int i = 0;
    for (String name : distinct) {
      json.append(i == 0 ? "" : ",").append('"').append(name).append("\":").append(i++);
    }
    Node node = read(json.append('}').toString(), new Problems(null, "test"));
    assertEquals(distinct.size(), node.fieldCount());
    List<String> order = new ArrayList<>();
    i = 0;
    for (String name : distinct) {
      order.add(node.fieldName(i));
      assertEquals(i, node.value(name).number(), name);
      assertEquals(name, node.field(name).name());
      i++;
    }
    assertEquals(new ArrayList<>(distinct), order);
    assertNull(node.value("not-there"));
    assertNull(node.field("not-there"));
  }

  @Property(tries = 100)
  void aRepeatedFieldIsReportedWhereItStands(
      @ForAll @IntRange(min = 1, max = 30) int fields,
      @ForAll @IntRange(min = 0, max = 29) int repeat) {
    int r = repeat % fields;
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < fields; i++) {
      json.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
    }
    json.append(",\n\"f").append(r).append("\":99}");
    Problems problems = new Problems(null, "test");
    Node node = read(json.toString(), problems);
    assertEquals(fields, node.fieldCount());
    assertEquals(r, node.value("f" + r).number(), "the first value stays");
    PlanFileException e = problems.exception();
    assertEquals(1, e.problems().size());
    assertEquals(
        "2:1: f"
            + r
            + ": duplicate field 'f"
            + r
            + "'; it is already set at line 1, column "
            + node.field("f" + r).column(),
        e.problems().get(0).toString());
  }

  private static Node read(String json, Problems problems) {
    return TreeReader.read(json, Format.JSON, ReadLimits.defaults(), problems);
  }
}
