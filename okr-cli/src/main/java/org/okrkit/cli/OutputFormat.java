package org.okrkit.cli;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.okrkit.io.ExportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** What {@code --format} takes in the commands that print a report: text for people, or data. */
enum OutputFormat {
  TEXT(null),
  JSON(ExportFormat.JSON),
  CSV(ExportFormat.CSV),
  MD(ExportFormat.MARKDOWN);

  private final @Nullable ExportFormat export;

  OutputFormat(@Nullable ExportFormat export) {
    this.export = export;
  }

  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The export format okr-io writes, or null for {@link #TEXT}, which each command renders. */
  @Nullable ExportFormat export() {
    return export;
  }

  /** Reads {@code --format}, naming the choices when the value is not one. */
  static final class Converter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat f : values()) {
        if (f.label().equalsIgnoreCase(value) || (f == MD && "markdown".equalsIgnoreCase(value))) {
          return f;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not a format; expected text, json, csv or md");
    }
  }
}
