package org.okrkit.io.internal;

import com.google.common.collect.ImmutableMap;
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
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.ProblemTemplates;
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
          "logs.twoBeside",
          ImmutableMap.of("first", beside.get(0).toString(), "second", beside.get(1).toString()));
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
    Map<String, Object> why = null;
    Path file = null;
    try {
      Path name = Path.of(n.name());
      Path folder = folder();
      Path resolved = folder.resolve(name).normalize();
      if (n.name().isBlank()) {
        why = why("logs.why.blank");
      } else if (name.isAbsolute()) {
        why = why("logs.why.absolute");
      } else if (!resolved.startsWith(folder)) {
        why = why("logs.why.outside");
      } else if (RecordFormat.of(name).isEmpty()) {
        why = why("logs.why.format");
      } else if (Files.exists(resolved) && !resolved.toRealPath().startsWith(folder.toRealPath())) {
        why = why("logs.why.link");
      } else {
        file = plan.resolveSibling(name).normalize();
      }
    } catch (InvalidPathException e) {
      why = ImmutableMap.of(ProblemTemplates.PHRASE, "logs.why.notPath", "detail", e.getReason());
    } catch (IOException e) {
      why =
          ImmutableMap.of(
              ProblemTemplates.PHRASE,
              "logs.why.unresolved",
              "detail",
              String.valueOf(e.getMessage()));
    }
    if (why != null) {
      problems.add(
          n.at(),
          n.path(),
          "logs.badName",
          ImmutableMap.of("log", Texts.shorten(n.name()), "why", why));
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
      Map<String, Object> arguments =
          ImmutableMap.of("log", file.toString(), "why", unreadable(file, e));
      if (n == null) {
        problems.add(0, 0, "", "logs.unreadable", arguments);
      } else {
        problems.add(n.at(), n.path(), "logs.unreadable", arguments);
      }
    }
  }

  /** Why a name is refused: a record argument of the phrase {@code key}. */
  private static Map<String, Object> why(String key) {
    return ImmutableMap.of(ProblemTemplates.PHRASE, key);
  }

  private static Map<String, Object> unreadable(Path file, IOException e) {
    if (e instanceof NoSuchFileException) {
      return why("logs.why.noFile");
    }
    if (e instanceof AccessDeniedException) {
      return why("logs.why.denied");
    }
    if (Files.isDirectory(file)) {
      return why("logs.why.directory");
    }
    return ImmutableMap.of(
        ProblemTemplates.PHRASE, "logs.why.other", "detail", String.valueOf(e.getMessage()));
  }
}
