package org.okrkit.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.okrkit.core.text.Arguments;
import org.okrkit.core.text.PhraseTables;
import org.okrkit.core.text.Phrasebook;

/**
 * How a {@link Target} reads, in the {@code target} phrases beside this class: the one wording of
 * targets that {@link Target#describe(Locale)} gives and every render of a target uses.
 *
 * <p>Every figure reads as {@link Numbers#readable} writes it: a figure of at most ten significant
 * digits exactly as written, a longer one (binary-fraction noise such as {@code
 * 0.009000000000000001}, or what a relative target comes to) cut to ten.
 */
final class TargetWords {
  // a lambda of this class, so that the bundle is read from okr-core's own module
  private static final PhraseTables TABLES =
      PhraseTables.of("target", name -> TargetWords.class.getResourceAsStream(name));

  private TargetWords() {}

  /** {@code target} as people read it in {@code locale}. */
  static String describe(Target target, Locale locale) {
    Phrasebook words = TABLES.in(locale);
    switch (target.kind()) {
      case RANGE -> {
        Arguments range =
            Arguments.of()
                .text("low", written(words, target.low()))
                .text("high", written(words, target.high()));
        return target.baseline().isPresent()
            ? words.fill(
                "range.fromBaseline", range.text("baseline", written(words, target.baseline())))
            : words.fill("range", range);
      }
      case MILESTONES -> {
        List<String> milestones = new ArrayList<>(target.milestones().size());
        for (Milestone m : target.milestones()) {
          String text =
              m.weight() == 1.0
                  ? m.name()
                  : words.fill(
                      "milestone.weighted",
                      Arguments.of()
                          .text("name", m.name())
                          .text("weight", Numbers.readable(m.weight())));
          if (m.due().isPresent()) {
            text =
                words.fill(
                    "milestone.due",
                    Arguments.of().text("milestone", text).text("due", m.due().get().toString()));
          }
          milestones.add(text);
        }
        return words.fill("milestones", Arguments.of().list("milestones", milestones));
      }
      default -> {
        String text;
        if (target.kind() == Target.Kind.RELATIVE) {
          text =
              words.fill(
                  "relative",
                  Arguments.of()
                      .text("percent", percent(words, target.value()))
                      .text("baseline", written(words, target.baseline()))
                      .text("resolved", written(words, target.absoluteValue())));
        } else if (target.baseline().isPresent()) {
          text =
              words.fill(
                  "value.fromBaseline",
                  Arguments.of()
                      .text("baseline", written(words, target.baseline()))
                      .text("value", written(words, target.value())));
        } else {
          text = words.fill("value", Arguments.of().text("value", written(words, target.value())));
        }
        if (target.threshold().isPresent()) {
          text =
              words.fill(
                  "threshold",
                  Arguments.of()
                      .text("target", text)
                      .text(
                          "term",
                          term(words, target, target.threshold(), target.absoluteThreshold())));
        }
        if (target.stretch().isPresent()) {
          text =
              words.fill(
                  "stretch",
                  Arguments.of()
                      .text("target", text)
                      .text(
                          "term", term(words, target, target.stretch(), target.absoluteStretch())));
        }
        return text;
      }
    }
  }

  private static String term(
      Phrasebook words, Target target, OptionalDouble figure, OptionalDouble absolute) {
    return target.kind() == Target.Kind.RELATIVE
        ? words.fill(
            "relative.term",
            Arguments.of()
                .text("percent", percent(words, figure))
                .text("resolved", written(words, absolute)))
        : written(words, figure);
  }

  private static String written(Phrasebook words, OptionalDouble figure) {
    return figure.isPresent() ? Numbers.readable(figure.getAsDouble()) : words.phrase("unknown");
  }

  private static String percent(Phrasebook words, OptionalDouble figure) {
    if (figure.isEmpty()) {
      return words.phrase("unknown");
    }
    double p = figure.getAsDouble();
    return words.fill(
        "percent", Arguments.of().text("p", (p >= 0 ? "+" : "") + Numbers.readable(p)));
  }
}
