package org.okrkit.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Plan;
import org.okrkit.core.PlanValidationException;
import org.okrkit.io.document.DocumentPath;
import org.okrkit.io.document.DocumentReader;
import org.okrkit.io.document.Node;
import org.okrkit.io.document.Records;
import org.okrkit.io.internal.Beside;
import org.okrkit.io.internal.FileLogs;
import org.okrkit.io.internal.Generators;
import org.okrkit.io.internal.PlanDecoder;

/**
 * Check-in logs: the check-ins of a plan kept outside its hand-written file, one record per line,
 * so that reporting a value appends a line and never rewrites the plan (its comments and layout
 * stay as they are).
 *
 * <p>A log is a {@linkplain RecordFormat#CSV CSV} file under a header line, or a {@linkplain
 * RecordFormat#JSON_LINES JSON Lines} file, whose records have the fields of a check-in in a plan's
 * own {@code checkIns}: {@link #FIELDS element, date, value or done, milestone, confidence, note,
 * author, correction} ({@code element} and {@code date} required, and one of {@code value} or
 * {@code done}). The okr-io module's {@code FORMAT.md} describes them.
 *
 * <p>{@link PlanFiles#read(Path)} reads the log beside a plan file, named after it ({@code
 * plans/q3.checkins.csv} or {@code plans/q3.checkins.jsonl} for {@code plans/q3.yaml}; at most one
 * of them), and the logs the plan's {@code checkInLogs} names, by paths relative to the plan's
 * folder that stay inside it. Their records count as check-ins written in the plan's own {@code
 * checkIns}, after those, and a problem with one, from a value that is not a number to an unknown
 * element, is reported at its line and column in the log.
 *
 * <p>{@link #append(Path, Path, CheckIn)} adds one check-in to a log safely while other threads and
 * processes do the same: it holds the log's lock while it checks the check-in against the plan with
 * the log as it is, and writes one whole line, flushed to the disk, or nothing.
 *
 * <p>Writing check-ins then reading them gives equal check-ins, in the same order. All methods are
 * safe to call from several threads at once.
 */
public final class CheckInLogs {
  /**
   * The fields of a log's records, in the order the writer puts them (the columns of a new CSV
   * log's header): {@code element, date, value, done, milestone, confidence, note, author,
   * correction}.
   */
  public static final List<String> FIELDS = List.copyOf(PlanDecoder.TOP_CHECK_IN);

  private static final List<String> REQUIRED = PlanDecoder.TOP_CHECK_IN_REQUIRED;

  private static final DocumentReader<List<CheckIn>> READING =
      new DocumentReader<>(
          "check-in log",
          (root, problems) -> {
            List<CheckIn> checkIns = new ArrayList<>();
            List<Node> records = root == null ? List.of() : root.items();
            for (Node record : records) {
              CheckIn c = PlanDecoder.readCheckIn(record, DocumentPath.root(), null, problems);
              if (c != null) {
                checkIns.add(c);
              }
            }
            problems.throwIfAny();
            return checkIns;
          });

  private static final JsonFactory JSON = JsonFactory.builder().build();

  /**
   * The lock inside this JVM of each log being appended to, by its real path: the file lock of the
   * operating system keeps other processes out, and this one the other threads, which a file lock
   * held by the same JVM would not stop.
   */
  private static final Map<Path, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  /**
   * Where the file lock is taken: one byte far past any content, so that on systems whose locks are
   * mandatory the log can still be read while it is held.
   */
  private static final long LOCK_POSITION = Long.MAX_VALUE - 1;

  private CheckInLogs() {}

  // ---------------------------------------------------------------- finding

  /**
   * The path of the log in {@code format} beside a plan file, named after it, whether it exists or
   * not: {@code plans/q3.checkins.csv} for {@code plans/q3.yaml} and CSV.
   */
  public static Path besidePlan(Path plan, RecordFormat format) {
    return Beside.log(requireNonNull(plan, "plan"), requireNonNull(format, "format"));
  }

  /** The logs that lie beside a plan file and are named after it: none, one, or (an error) two. */
  public static List<Path> besidePlan(Path plan) {
    return Beside.logs(requireNonNull(plan, "plan"));
  }

  /**
   * The logs a plan file reads, in the order it reads them: the one beside it, then those it names,
   * as messages name them (relative to the plan's folder as the plan is named).
   *
   * @throws PlanFileException if the plan or one of its logs is not valid
   * @throws IOException if the plan cannot be read
   */
  public static List<Path> of(Path plan) throws IOException {
    FileLogs logs = new FileLogs(requireNonNull(plan, "plan"), ReadLimits.defaults());
    Plan unused = PlanFiles.read(plan, ReadLimits.defaults(), logs);
    return logs.read();
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a log file alone, in the format its name implies, within the default limits: its records'
   * shape is checked, not whether a plan has their elements.
   *
   * @throws PlanFileException if the log is not valid, or its name implies no format
   * @throws IOException if the file cannot be read
   */
  public static List<CheckIn> read(Path log) throws IOException {
    return read(log, ReadLimits.defaults());
  }

  /**
   * Reads a log file alone, in the format its name implies, within {@code limits}.
   *
   * @throws PlanFileException if the log is not valid or breaks a limit, or its name implies no
   *     format
   * @throws IOException if the file cannot be read
   */
  public static List<CheckIn> read(Path log, ReadLimits limits) throws IOException {
    return READING.readRecords(requireNonNull(log, "log"), FIELDS, REQUIRED, limits);
  }

  /**
   * Reads a log from text in {@code format}, within {@code limits}.
   *
   * @throws PlanFileException if the text is not a valid log or breaks a limit
   */
  public static List<CheckIn> read(String text, RecordFormat format, ReadLimits limits) {
    return READING.readRecords(text, format, FIELDS, REQUIRED, limits);
  }

  // ---------------------------------------------------------------- writing

  /**
   * A whole log of {@code checkIns} in {@code format}: for CSV the header line of {@link #FIELDS},
   * then a line per check-in; for JSON Lines a line per check-in.
   */
  public static String write(Iterable<CheckIn> checkIns, RecordFormat format) {
    StringBuilder out = new StringBuilder();
    if (format == RecordFormat.CSV) {
      out.append(header(FIELDS));
    }
    for (CheckIn c : checkIns) {
      out.append(line(c, format));
    }
    return out.toString();
  }

  /**
   * One check-in as a line of a log in {@code format}, ending with a line break; for CSV in the
   * columns of {@link #FIELDS}. A milestone report writes {@code done} ({@code true} for value 1,
   * {@code false} for 0); numbers are written in full, so that they read back exactly.
   */
  public static String line(CheckIn checkIn, RecordFormat format) {
    requireNonNull(checkIn, "checkIn");
    return format == RecordFormat.CSV ? csv(checkIn, FIELDS) : jsonLine(checkIn);
  }

  private static String header(List<String> columns) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      out.append(i == 0 ? "" : ",").append(ExportFormat.CSV_VERBATIM.cell(columns.get(i)));
    }
    return out.append('\n').toString();
  }

  /** The fields a check-in fills, by name, as a log's cells write them; absent fields left out. */
  private static Map<String, String> cells(CheckIn c) {
    Map<String, String> cells = new java.util.LinkedHashMap<>();
    cells.put("element", text(c.elementId()));
    cells.put("date", c.date().toString());
    if (done(c)) {
      cells.put("done", c.value() == 1 ? "true" : "false");
    } else {
      cells.put("value", Generators.number(c.value()));
    }
    c.milestone().ifPresent(m -> cells.put("milestone", text(m)));
    if (c.confidence().isPresent()) {
      cells.put("confidence", Generators.number(c.confidence().getAsDouble()));
    }
    c.note().ifPresent(n -> cells.put("note", text(n)));
    c.author().ifPresent(a -> cells.put("author", text(a)));
    if (c.correction()) {
      cells.put("correction", "true");
    }
    return cells;
  }

  /** Whether a check-in is written as a milestone done or not: value 1 or 0 on a milestone. */
  private static boolean done(CheckIn c) {
    return c.milestone().isPresent()
        && (c.value() == 1 || Double.doubleToRawLongBits(c.value()) == 0);
  }

  /** Text as a CSV cell; empty text quoted, so that it reads back as text and not as absent. */
  private static String text(String text) {
    return text.isEmpty() ? "\"\"" : ExportFormat.CSV_VERBATIM.cell(text);
  }

  /**
   * A check-in as a CSV line in the given columns.
   *
   * @throws IllegalArgumentException if the check-in fills a field the columns lack
   */
  private static String csv(CheckIn c, List<String> columns) {
    Map<String, String> cells = cells(c);
    for (String field : cells.keySet()) {
      if (!columns.contains(field)) {
        throw new IllegalArgumentException(
            "the log's header lacks the column '"
                + field
                + "', which this check-in fills; add it to the header line (it names "
                + String.join(", ", columns)
                + ")");
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      out.append(i == 0 ? "" : ",").append(cells.getOrDefault(columns.get(i), ""));
    }
    return out.append('\n').toString();
  }

  private static String jsonLine(CheckIn c) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = JSON.createGenerator(text)) {
      out.writeStartObject();
      out.writeStringField("element", c.elementId());
      out.writeStringField("date", c.date().toString());
      if (done(c)) {
        out.writeBooleanField("done", c.value() == 1);
      } else {
        Generators.number(out, "value", c.value());
      }
      if (c.milestone().isPresent()) {
        out.writeStringField("milestone", c.milestone().get());
      }
      if (c.confidence().isPresent()) {
        Generators.number(out, "confidence", c.confidence().getAsDouble());
      }
      if (c.note().isPresent()) {
        out.writeStringField("note", c.note().get());
      }
      if (c.author().isPresent()) {
        out.writeStringField("author", c.author().get());
      }
      if (c.correction()) {
        out.writeBooleanField("correction", true);
      }
      out.writeEndObject();
    } catch (IOException e) {
      // a StringWriter never fails
      throw new UncheckedIOException(e);
    }
    return text.append('\n').toString();
  }

  // ---------------------------------------------------------------- appending

  /** What {@link #append} did. */
  public static final class Appended {
    private final Plan plan;
    private final Path log;
    private final boolean appended;

    Appended(Plan plan, Path log, boolean appended) {
      this.plan = plan;
      this.log = log;
      this.appended = appended;
    }

    /** The plan with the check-in, as reading it now gives it (unless others append meanwhile). */
    public Plan plan() {
      return plan;
    }

    /** The log appended to. */
    public Path log() {
      return log;
    }

    /**
     * Whether a line was appended: false when the check-in equals one the plan has already recorded
     * for its element, which a plan records once anyway.
     */
    public boolean appended() {
      return appended;
    }
  }

  /**
   * Appends a check-in to a log of a plan file, within the default limits; see {@link #append(Path,
   * Path, CheckIn, ReadLimits)}.
   */
  public static Appended append(Path plan, Path log, CheckIn checkIn) throws IOException {
    return append(plan, log, checkIn, ReadLimits.defaults());
  }

  /**
   * Appends a check-in to one of the logs of a plan file: the log beside it (made if there is none,
   * in the format its name says) or one the plan names.
   *
   * <ol>
   *   <li>The log's lock is taken: a lock inside this JVM, by the log's real path, then the
   *       operating system's lock on the file, which other processes appending through this method
   *       respect; both wait for the holder to finish.
   *   <li>The plan is read with its logs as they are, and the check-in is checked against it as
   *       {@link Plan#withCheckIn} checks it: an unknown element, a date outside the period, a
   *       value that is not finite, a milestone the target lacks, ….
   *   <li>One whole line is appended (in a CSV log, in the columns of its header; a new CSV log
   *       gets the header of {@link #FIELDS} first), and the file is forced to the disk.
   *   <li>The locks are released.
   * </ol>
   *
   * <p>When anything is wrong nothing is written; a log that did not exist is not made. A check-in
   * equal to one already recorded for its element is not appended again ({@link
   * Appended#appended()} is false).
   *
   * <p>While the lock is held the log is read through the locked channel only: on POSIX systems a
   * process's file lock goes when any of its descriptors of the file is closed. So in a host that
   * appends from one thread while another reads the same log by other means, that reading may
   * release the lock early; appends through this method from the same JVM stay in turn whatever
   * happens, by the lock inside the JVM.
   *
   * @throws PlanFileException if the plan or one of its logs is not valid
   * @throws PlanValidationException if the check-in does not fit the plan
   * @throws IllegalArgumentException if {@code log} is not a log of the plan, its name implies no
   *     format, or its CSV header lacks a column the check-in fills
   * @throws IOException if a file cannot be read or written
   */
  public static Appended append(Path plan, Path log, CheckIn checkIn, ReadLimits limits)
      throws IOException {
    requireNonNull(plan, "plan");
    requireNonNull(log, "log");
    requireNonNull(checkIn, "checkIn");
    requireNonNull(limits, "limits");
    RecordFormat format =
        RecordFormat.of(log)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "cannot tell the format of the check-in log "
                            + log
                            + " from its name; expected a name ending in .csv or .jsonl"));
    ReentrantLock inJvm = LOCKS.computeIfAbsent(key(log), k -> new ReentrantLock());
    inJvm.lock();
    try {
      if (!Files.exists(log)) {
        // checked before the file is made, so that a check-in refused leaves nothing behind
        Plan before = readFor(plan, log, new FileLogs(plan, limits), limits);
        Plan unused = before.withCheckIn(checkIn);
      }
      try (FileChannel channel =
          FileChannel.open(
              log, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
        FileLock lock = channel.lock(LOCK_POSITION, 1, false);
        try {
          return appendLocked(plan, log, checkIn, limits, format, channel);
        } finally {
          lock.release();
        }
      }
    } finally {
      inJvm.unlock();
    }
  }

  /** The append itself, with both locks held. */
  private static Appended appendLocked(
      Path plan,
      Path log,
      CheckIn checkIn,
      ReadLimits limits,
      RecordFormat format,
      FileChannel channel)
      throws IOException {
    // the log is read through the locked channel only: closing another descriptor of the file
    // would release the lock (POSIX locks belong to the process, not to the descriptor)
    byte[] content = contents(channel);
    Plan before = readFor(plan, log, new FileLogs(plan, limits, log, content), limits);
    Plan after = before.withCheckIn(checkIn);
    if (after.checkIns().size() == before.checkIns().size()) {
      // a duplicate: the plan records it once, and the log need not say it twice
      return new Appended(before, log, false);
    }
    StringBuilder text = new StringBuilder();
    if (content.length > 0 && content[content.length - 1] != '\n') {
      // a last line without its line break: ours goes on a line of its own
      text.append('\n');
    }
    if (format == RecordFormat.CSV) {
      List<String> columns = Records.header(new String(content, StandardCharsets.UTF_8));
      if (columns.isEmpty()) {
        columns = FIELDS;
        text.append(header(FIELDS));
      }
      text.append(csv(checkIn, columns));
    } else {
      text.append(jsonLine(checkIn));
    }
    ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
    long position = content.length;
    while (bytes.hasRemaining()) {
      position += channel.write(bytes, position);
    }
    channel.force(true);
    return new Appended(after, log, true);
  }

  /**
   * The plan read with its logs, once {@code log} is known to be one of them, or the log beside it
   * when the plan has none there yet.
   */
  private static Plan readFor(Path plan, Path log, FileLogs logs, ReadLimits limits)
      throws IOException {
    Plan read = PlanFiles.read(plan, limits, logs);
    Path wanted = log.toAbsolutePath().normalize();
    List<Path> known = new ArrayList<>();
    for (Path p : logs.read()) {
      if (p.toAbsolutePath().normalize().equals(wanted)) {
        return read;
      }
      known.add(p);
    }
    // the log beside the plan, when no other lies there: it may have been made since the plan was
    // read, by another process appending its first check-in (the check under the lock reads it)
    List<Path> beside = Beside.logs(plan);
    boolean onlyWanted =
        beside.stream().allMatch(p -> p.toAbsolutePath().normalize().equals(wanted));
    for (RecordFormat f : RecordFormat.values()) {
      if (onlyWanted && Beside.log(plan, f).toAbsolutePath().normalize().equals(wanted)) {
        return read;
      }
    }
    throw new IllegalArgumentException(
        "the plan "
            + plan
            + " does not read the check-in log "
            + log
            + (known.isEmpty()
                ? "; expected the log beside it, " + Beside.log(plan, RecordFormat.CSV)
                : "; expected one of " + known)
            + ", or a log named in its checkInLogs");
  }

  /** The key of a log's lock in this JVM: its real path, or its folder's and its name. */
  private static Path key(Path log) throws IOException {
    if (Files.exists(log)) {
      return log.toRealPath();
    }
    Path absolute = log.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    Path name = absolute.getFileName();
    return folder == null || name == null ? absolute : folder.toRealPath().resolve(name);
  }

  private static byte[] contents(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size > Integer.MAX_VALUE - 8) {
      throw new IOException("the check-in log is too large to append to: " + size + " bytes");
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    long position = 0;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, position);
      if (n < 0) {
        break;
      }
      position += n;
    }
    byte[] bytes = new byte[buffer.position()];
    buffer.flip();
    buffer.get(bytes);
    return bytes;
  }
}
