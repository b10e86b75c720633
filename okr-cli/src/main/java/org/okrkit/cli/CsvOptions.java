package org.okrkit.cli;

import org.jspecify.annotations.Nullable;
import org.okrkit.io.ExportFormat;
import picocli.CommandLine.Option;

/**
 * The option of the commands that write CSV for people ({@code --format csv} of scores, findings,
 * histories, diffs, calibration flags and simulations): whether text cells keep a leading {@code
 * =}, {@code +}, {@code -} or {@code @} as they are, or get an apostrophe before it so that a
 * spreadsheet does not run them (see {@link ExportFormat#CSV}).
 */
final class CsvOptions {
  @Option(
      names = "--csv-verbatim",
      description =
          "With --format csv, write every cell exactly as it is. By default a text cell that"
              + " starts with =, +, -, @, a tab or a carriage return gets an apostrophe before it,"
              + " so that Excel, WPS or LibreOffice shows it instead of running it as a formula;"
              + " numbers are never changed.")
  boolean verbatim;

  /** What {@code format} writes through okr-io, CSV as this option says; null for text. */
  @Nullable ExportFormat export(OutputFormat format) {
    ExportFormat export = format.export();
    return export == ExportFormat.CSV && verbatim ? ExportFormat.CSV_VERBATIM : export;
  }
}
