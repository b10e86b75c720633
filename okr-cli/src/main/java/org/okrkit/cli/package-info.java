/**
 * The {@code okr} command-line tool: {@code okr validate}, {@code score}, {@code explain}, {@code
 * align} and {@code report} on plan files. {@link org.okrkit.cli.Okr} is the entry point;
 * everything else is package-private.
 */
@NullMarked
@CheckReturnValue
package org.okrkit.cli;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
