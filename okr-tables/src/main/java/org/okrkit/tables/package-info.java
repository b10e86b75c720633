/**
 * Plan tables: {@link org.okrkit.tables.Table} names each table and its columns, {@link
 * org.okrkit.tables.Row} is one row, {@link org.okrkit.tables.PlanAssembler} turns rows into plans
 * with located {@link org.okrkit.tables.TableProblem}s, and {@link
 * org.okrkit.tables.PlanTables#rows} turns a plan back into rows.
 */
@NullMarked
@CheckReturnValue
package org.okrkit.tables;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
