/**
 * Text for people, in their language: a {@link org.okrkit.core.text.Phrasebook} is one locale's
 * table of phrase patterns, read from a resource bundle of {@code .properties} files (English at
 * the root, a translation per locale beside it), and fills a pattern's placeholders from {@link
 * org.okrkit.core.text.Arguments}. Explanations, alignment findings and reports of every okrkit
 * module render through it, and so can a host's own messages.
 *
 * <p>The JVM's default locale is never consulted: a table falls back from the locale asked for
 * along its own candidates ({@code zh_CN}, {@code zh}, root) and stops at the English root.
 */
@NullMarked
@CheckReturnValue
package org.okrkit.core.text;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
