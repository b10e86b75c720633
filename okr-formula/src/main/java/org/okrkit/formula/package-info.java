/**
 * Scoring formulas written in policy files: a strategy of kind {@code formula}, an expression in
 * Google's <a href="https://cel.dev">Common Expression Language</a> over the actual value and the
 * target's numbers, type-checked and checked against the strategy contract when it is made. {@link
 * org.okrkit.formula.FormulaStrategies} makes one in code; {@link
 * org.okrkit.formula.FormulaStrategyProvider} lets policy files name it, found through {@link
 * java.util.ServiceLoader} whenever this module is on the class or module path.
 */
@NullMarked
@CheckReturnValue
package org.okrkit.formula;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
