package org.okrkit.alignment;

import com.google.errorprone.annotations.FormatMethod;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Argument checks with messages formatted as every okrkit module formats them. */
final class Checks {
  private Checks() {}

  /**
   * Throws {@link IllegalArgumentException} with the message {@code template} filled in with {@link
   * Locale#US}, so that it reads the same on every host, unless {@code condition}.
   */
  @FormatMethod
  static void requireArgument(boolean condition, String template, @Nullable Object... args) {
    if (!condition) {
      throw new IllegalArgumentException(String.format(Locale.US, template, args));
    }
  }
}
