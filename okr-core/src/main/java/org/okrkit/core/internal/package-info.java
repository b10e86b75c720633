/**
 * Implementation shared inside okrkit: argument checks, plan validation, persistent vectors and id
 * indexes. Not exported; no API.
 */
@NullMarked
@CheckReturnValue
package org.okrkit.core.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
