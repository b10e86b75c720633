package org.okrkit.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.io.ReadLimits;
import org.okrkit.io.RecordFormat;
import org.okrkit.io.document.Input;
import org.okrkit.io.document.Node;
import org.okrkit.io.document.Problems;
import org.okrkit.io.document.Records;
import org.okrkit.io.document.Texts;

/**
 * The check-in logs of a plan read from a file: the log beside it, named after it ({@code
 * q3.checkins.csv} or {@code q3.checkins.jsonl} for {@code q3.yaml}), and the logs its {@code
 * checkInLogs} names, by paths relative to the plan's folder that stay in it. One instance serves
 * one read, and remembers the logs it read.
 */
public final class FileLogs implements LogSource {
  private final Path plan;
  private final ReadLimits limits;
  private final List<Path> read = new ArrayList<>();

  /** A log whose bytes are given rather than read from its path, or null. */
  private final @Nullable Path given;

  private final byte[] content;

  public FileLogs(Path plan, ReadLimits limits) {
    this.plan = plan;
    this.limits = limits;
    this.given = null;
    this.content = new byte[0];
  }

  /**
   * The logs of {@code plan}, where {@code log} holds {@code content}: its bytes as read through a
   * channel that holds a lock on it. A POSIX file lock belongs to the process and goes when any of
   * its descriptors of the file is closed, so the locked log must not be opened again while the
   * lock is held.
   */
  public FileLogs(Path plan, ReadLimits limits, Path log, byte[] content) {
    this.plan = plan;
    this.limits = limits;
    this.given = key(log);
    this.content = content.clone();
  }

  /** A log's identity: its real path when it exists, else its absolute normalized path. */
  private static Path key(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    } catch (IOException e) {
      return absolute;
    }
  }

  /** The logs read so far, in order, as messages name them. */
  public List<Path> read() {
    return List.copyOf(read);
  }

  @Override
  public List<Log> read(List<Named> named, Problems problems) {
    List<Log> logs = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    List<Path> beside = Beside.logs(plan);
    if (beside.size() > 1) {
      problems.add(
          0,
          0,
          "",
          "two check-in logs lie beside the plan, "
              + beside.get(0)
              + " and "
              + beside.get(1)
              + "; expected one at most: move the records of one into the other");
    } else if (beside.size() == 1) {
      log(beside.get(0), null, problems, seen, logs);
    }
    for (Named n : named) {
      Path file = resolve(n, problems);
      if (file != null) {
        log(file, n, problems, seen, logs);
      }
    }
    return logs;
  }

  /** The file a name stands for, or null with the problem reported where the plan names it. */
  private @Nullable Path resolve(Named n, Problems problems) {
    String why = null;
    Path file = null;
    try {
      Path name = Path.of(n.name());
      Path folder = folder();
      Path resolved = folder.resolve(name).normalize();
      if (n.name().isBlank()) {
        why = "the name is blank";
      } else if (name.isAbsolute()) {
        why = "an absolute path is not allowed";
      } else if (!resolved.startsWith(folder)) {
        why = "the path leads out of the plan's folder";
      } else if (RecordFormat.of(name).isEmpty()) {
        why = "cannot tell its format from the name";
      } else if (Files.exists(resolved) && !resolved.toRealPath().startsWith(folder.toRealPath())) {
        why = "the path leads out of the plan's folder through a symbolic link";
      } else {
        file = plan.resolveSibling(name).normalize();
      }
    } catch (InvalidPathException e) {
      why = "it is not a path: " + e.getReason();
    } catch (IOException e) {
      why = "cannot resolve it: " + e.getMessage();
    }
    if (why != null) {
      problems.add(
          n.at(),
          n.path(),
          "check-in log '"
              + Texts.shorten(n.name())
              + "': "
              + why
              + "; expected a file name ending in .csv or .jsonl, in the plan's folder or below"
              + " it");
    }
    return file;
  }

  private Path folder() {
    Path absolute = plan.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    return parent == null ? absolute : parent;
  }

  private void log(
      Path file, @Nullable Named n, Problems problems, Set<Path> seen, List<Log> logs) {
    Path key = key(file);
    if (!seen.add(key)) {
      return;
    }
    Problems own = problems.forFile(file.toString());
    try {
      Node records;
      if (key.equals(given)) {
        String text = Input.of(new ByteArrayInputStream(content), limits.maxBytes(), own);
        RecordFormat format =
            RecordFormat.of(file)
                .orElseThrow(() -> new IllegalStateException("a log without a format: " + file));
        records =
            Records.read(
                text,
                format,
                PlanDecoder.TOP_CHECK_IN,
                PlanDecoder.TOP_CHECK_IN_REQUIRED,
                limits,
                own);
      } else {
        records =
            Records.read(
                file, PlanDecoder.TOP_CHECK_IN, PlanDecoder.TOP_CHECK_IN_REQUIRED, limits, own);
      }
      logs.add(new Log(file, records, own));
      read.add(file);
    } catch (IOException e) {
      String message = "cannot read the check-in log " + file + ": " + why(file, e);
      if (n == null) {
        problems.add(0, 0, "", message);
      } else {
        problems.add(n.at(), n.path(), message);
      }
    }
  }

  private static String why(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return "there is no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (Files.isDirectory(file)) {
      return "it is a directory; expected a file";
    }
    return String.valueOf(e.getMessage());
  }
}
