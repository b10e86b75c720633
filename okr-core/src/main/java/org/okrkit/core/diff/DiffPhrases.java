package org.okrkit.core.diff;

import static java.util.Objects.requireNonNull;
import static org.okrkit.core.internal.Checks.number;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Target;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.PhraseTables;
import org.okrkit.core.text.Phrasebook;

/**
 * The {@code diff} phrases beside this class, per locale, and how a {@link PlanDiff}'s parts read
 * in them. Each locale's table is read once and kept; the JVM's default locale is never consulted.
 */
final class DiffPhrases {
  // a lambda of this class, so that the bundle is read from okr-core's own module
  private static final PhraseTables TABLES =
      PhraseTables.of("diff", name -> DiffPhrases.class.getResourceAsStream(name));

  private DiffPhrases() {}

  /** The phrases of {@code locale}, English where its translation lacks a key. */
  static Phrasebook of(Locale locale) {
    return TABLES.in(requireNonNull(locale, "locale"));
  }

  /** {@code KPI K-launches "Number of product launches"}. */
  static String element(Phrasebook words, ElementRef ref) {
    return words.fill(
        "element",
        Arguments.of()
            .text("subject", words.phrase("subject." + ref.subject().name()))
            .text("id", ref.id())
            .text("title", ref.title()));
  }

  /** {@code KPI K1 target: 0 -> 5 => 3 -> 5}. */
  static String field(Phrasebook words, FieldChange change) {
    return words.fill(
        change.subject() == Subject.PLAN ? "change.plan" : "change",
        change(words, change)
            .text("subject", words.phrase("subject." + change.subject().name()))
            .text("id", change.id()));
  }

  /** The field, its value before and its value after, as {@code words} reads them. */
  static Arguments change(Phrasebook words, FieldChange change) {
    FieldChange.Wording wording = change.wording().orElse(null);
    if (wording == null) {
      return Arguments.of()
          .text("field", change.field())
          .text("before", change.before())
          .text("after", change.after());
    }
    String key = "field." + wording.field();
    return Arguments.of()
        .text(
            "field",
            words.has(key)
                ? words.fill(key, Arguments.of().text("of", wording.of()))
                : change.field())
        .text(
            "before",
            value(words, wording, wording.beforeTarget(), wording.before(), change.before()))
        .text(
            "after", value(words, wording, wording.afterTarget(), wording.after(), change.after()));
  }

  /** {@code K1 supports KR1 (weight 0.5)}. */
  static String link(Phrasebook words, Link link) {
    Arguments args =
        Arguments.of()
            .text("source", link.sourceId())
            .text("verb", words.phrase("verb." + link.kind().name()))
            .text("destination", link.destinationId());
    return link.weight().isPresent()
        ? words.fill("link.weighted", args.text("weight", number(link.weight().getAsDouble())))
        : words.fill("link", args);
  }

  /**
   * A value by its wording (see {@link FieldChange.Wording}): a target as it describes itself, a
   * phrase, or {@code written} when it has neither.
   */
  private static String value(
      Phrasebook words,
      FieldChange.Wording wording,
      @Nullable Target target,
      List<String> phrase,
      String written) {
    if (target != null) {
      String text = target.describe(words.locale());
      return wording.withKind()
          ? words.fill("value.kind." + target.kind().name(), Arguments.of().text("t0", text))
          : text;
    }
    if (phrase.isEmpty() || !words.has(phrase.get(0))) {
      return written;
    }
    Arguments texts = Arguments.of();
    for (int i = 1; i < phrase.size(); i++) {
      texts.text("t" + (i - 1), phrase.get(i));
    }
    return words.fill(phrase.get(0), texts);
  }
}
