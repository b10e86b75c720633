package org.okrkit.io.internal;

import java.nio.file.Path;
import java.util.List;
import org.okrkit.io.document.DocumentPath;
import org.okrkit.io.document.Node;
import org.okrkit.io.document.Problems;

/** Where the check-in logs of a plan being read come from. */
public interface LogSource {
  /** A log the plan names in its {@code checkInLogs}: the name, and where it stands. */
  record Named(String name, Node at, DocumentPath path) {}

  /** A log read: its file, its records, and the problems of that file. */
  record Log(Path file, Node records, Problems problems) {}

  /**
   * The logs the plan reads, in order, each read once: the one beside the plan's file, then those
   * it names. A log that cannot be found or read is reported to {@code problems}: where the plan
   * names it, or for the plan as a whole.
   */
  List<Log> read(List<Named> named, Problems problems);
}
