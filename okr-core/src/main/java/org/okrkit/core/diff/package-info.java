/** What changed between two plans: {@link org.okrkit.core.diff.PlanDiff}. */
@NullMarked
@CheckReturnValue
@OkrStyle
package org.okrkit.core.diff;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
import org.okrkit.core.OkrStyle;
