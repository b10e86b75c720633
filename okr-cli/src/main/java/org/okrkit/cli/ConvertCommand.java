package org.okrkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.Plan;
import org.okrkit.core.text.Arguments;
import org.okrkit.io.Format;
import org.okrkit.io.PlanFiles;
import org.okrkit.io.PlanTableFiles;
import org.okrkit.tables.PlanKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code okr convert}: a plan file into plan tables and back. What is written is made in full in a
 * temporary file or folder beside the target and then moved into its place, so that a failed
 * conversion leaves the target as it was.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    header = "Turns a plan file into plan tables (a folder of CSV files) and back.",
    description = {
      "Turns a plan file (YAML or JSON) into a folder of plan tables, one CSV file per table, or a"
          + " folder's plan back into a plan file, as okr-io/FORMAT.md describes; a plan file"
          + " into another format of file, too. The check-ins of the plan's check-in logs are"
          + " written with the plan. The target is written whole beside itself and then moved into"
          + " place, replacing what was there.",
      ""
    })
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand @Nullable Okr okr;

  @Spec @Nullable CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "FROM",
      description = "The plan file (.yaml, .yml, .json) or folder of plan tables to read.")
  @Nullable Path from;

  @Parameters(
      index = "1",
      paramLabel = "TO",
      description =
          "The plan file to write (.yaml, .yml, .json), or else the folder of plan tables.")
  @Nullable Path to;

  @Option(
      names = "--plan",
      paramLabel = "KEY",
      description =
          "With a folder of plan tables to read: the plan to convert, as TENANT/PLAN (or PLAN"
              + " when its tenant is empty). A folder that holds one plan needs none.")
  @Nullable String plan;

  @Option(
      names = "--key",
      paramLabel = "KEY",
      description =
          "With plan tables to write: the plan's key in them, as TENANT/PLAN (or PLAN for an"
              + " empty tenant). Default: the key it had in the tables read, else the name of the"
              + " plan file without its extension, under an empty tenant.")
  @Nullable String key;

  @Override
  public Integer call() {
    Okr okr = this.okr;
    CommandSpec spec = this.spec;
    Path from = this.from;
    Path to = this.to;
    if (okr == null || spec == null || from == null || to == null) {
      throw new IllegalStateException("picocli left the command unset");
    }
    try (Progress progress = okr.progress(spec)) {
      Plan read = PlanOptions.readPlan(from, plan, progress);
      Optional<Format> format = Format.of(to);
      Texts texts = okr.texts();
      String written;
      if (format.isPresent()) {
        if (key != null) {
          throw new BadInputException(
              t -> t.get("convert.keyNeedsTables", Arguments.of().text("file", to.toString())));
        }
        progress.step("step.writingPlan", Arguments.of().text("file", to.toString()));
        writeFile(read, to, format.get());
        written =
            texts.get(
                "convert.wroteFile",
                Arguments.of().text("from", from.toString()).text("to", to.toString()));
      } else {
        PlanKey planKey = PlanOptions.planKey(key != null ? key : defaultKey(from));
        progress.step("step.writingTables", Arguments.of().text("folder", to.toString()));
        try {
          PlanTableFiles.write(to, planKey, read);
        } catch (UncheckedIOException e) {
          throw cannotWrite(to, e.getCause());
        }
        written =
            texts.get(
                "convert.wroteTables",
                Arguments.of()
                    .text("from", from.toString())
                    .text("to", to.toString())
                    .text("key", PlanOptions.key(planKey)));
      }
      progress.done();
      okr.out().println(written);
      okr.out().flush();
      return Okr.OK;
    }
  }

  /**
   * The key a plan read from {@code from} has in tables by default: its key there, when {@code
   * --plan} named it, else the plan file's name without its extension (or the folder's name).
   */
  private String defaultKey(Path from) {
    if (plan != null) {
      return plan;
    }
    Path name = from.toAbsolutePath().normalize().getFileName();
    String text = name == null ? "plan" : name.toString();
    Optional<Format> format = Format.of(from);
    int dot = text.lastIndexOf('.');
    return format.isPresent() && dot > 0 ? text.substring(0, dot) : text;
  }

  /** Writes {@code plan} to {@code file} through a temporary file beside it, then moves it. */
  private static void writeFile(Plan plan, Path file, Format format) {
    Path target = file.toAbsolutePath().normalize();
    Path folder = target.getParent();
    Path temporary = null;
    try {
      if (folder != null) {
        Files.createDirectories(folder);
      }
      temporary =
          Files.createTempFile(
              folder == null ? Path.of(".") : folder, "." + target.getFileName(), ".part");
      Files.writeString(temporary, PlanFiles.write(plan, format));
      try {
        Files.move(
            temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException e) {
      throw cannotWrite(file, e);
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the write has failed already; that failure is the one reported
        }
      }
    }
  }

  private static BadInputException cannotWrite(Path target, @Nullable Throwable e) {
    String detail = e == null ? "" : String.valueOf(e.getMessage());
    return new BadInputException(
        texts ->
            texts.get(
                "convert.cannotWrite",
                Arguments.of().text("target", target.toString()).text("why", detail)));
  }
}
