package org.okrkit.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Ids#isValid}: the syntax {@link Ids#SYNTAX} states, at each of its edges. */
class IdsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a",
        "z",
        "A",
        "Z",
        "0",
        "9",
        "kr-1",
        "a_b",
        "a.b",
        "team:x",
        "a-",
        "Ärger",
        "東京",
        // a non-ASCII decimal digit (Arabic-Indic three), letter number (Roman numeral twelve) and
        // other number (superscript two), first and later
        "\u0663",
        "\u216B",
        "\u00B2",
        "x\u0663\u216B\u00B2",
        // a letter outside the basic plane, two chars long
        "\uD801\uDC00"
      })
  void lettersAndDigitsThenSeparatorsAreValid(String id) {
    assertTrue(Ids.isValid(id), id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "_a",
        "-a",
        ".a",
        ":a",
        "a b",
        "a/b",
        "a@b",
        "a[b",
        "a`b",
        "a{b",
        "a!b",
        // the characters just outside each ASCII range
        "@",
        "[",
        "`",
        "{",
        "/",
        // non-ASCII but neither letter nor number: a euro sign, a non-breaking space, a dash
        "a\u20AC",
        "a\u00A0b",
        "a\u2014b"
      })
  void anythingElseIsNot(String id) {
    assertFalse(Ids.isValid(id), id);
  }

  @Test
  void aHundredAndTwentyEightCharactersAreTheMost() {
    assertTrue(Ids.isValid("a".repeat(128)));
    assertFalse(Ids.isValid("a".repeat(129)));
  }
}
