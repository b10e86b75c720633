/** Runnable examples built on the seed article's cases. */
@NullMarked
@CheckReturnValue
package org.okrkit.examples;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
