/**
 * The implementation of okr-io: a bounded, position-keeping document tree over Jackson's streaming
 * parsers, the decoders and encoders of plans and policies, and the export writers. Not exported.
 */
@NullMarked
@CheckReturnValue
package org.okrkit.io.internal;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
