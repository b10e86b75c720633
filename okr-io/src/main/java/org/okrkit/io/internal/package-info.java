/**
 * The implementation of okr-io: the decoders and encoders of plans and policies on the public
 * document API ({@code org.okrkit.io.document}), the one {@code DocumentWriter}, and the export
 * writers. Not exported.
 */
@NullMarked
@CheckReturnValue
package org.okrkit.io.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
