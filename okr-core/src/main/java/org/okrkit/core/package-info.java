/** The okrkit domain model. */
@NullMarked
@CheckReturnValue
@OkrStyle
package org.okrkit.core;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
