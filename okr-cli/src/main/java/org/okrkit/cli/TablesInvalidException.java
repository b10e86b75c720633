package org.okrkit.cli;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.List;
import org.okrkit.tables.TableProblem;

/**
 * A folder of plan tables that gives no plan: every problem found in it, located at file, line and
 * column, reported by {@code okr} as it reports an invalid plan file (exit code 2).
 */
final class TablesInvalidException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path folder;
  private final transient ImmutableList<TableProblem> problems;

  TablesInvalidException(Path folder, List<TableProblem> problems) {
    super("invalid plan tables " + folder + ": " + problems.size() + " problems");
    this.folder = folder;
    this.problems = ImmutableList.copyOf(problems);
  }

  /** The folder read. */
  Path folder() {
    return folder;
  }

  /** What is wrong, in the order found. */
  ImmutableList<TableProblem> problems() {
    return problems;
  }
}
