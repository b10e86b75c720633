package org.okrkit.simulation.io;

import java.util.List;
import org.okrkit.io.Format;
import org.okrkit.io.document.DocumentWriter;
import org.okrkit.simulation.Sweep;
import org.okrkit.simulation.SweepSetting;

/**
 * Writes a {@link Sweep} in the file format {@link SweepDecoder} reads: {@code kind: sweep}, the
 * spec's settings as {@link SimulationEncoder} writes them (without its seed), then every setting
 * with its whole model and the seeds. What the format cannot hold is refused, by its path, before
 * anything is written.
 */
final class SweepEncoder {
  private SweepEncoder() {}

  /**
   * The sweep as a document.
   *
   * @throws IllegalArgumentException if the sweep holds what a file cannot
   */
  static String encode(Sweep sweep, Format format) {
    SimulationEncoder.check(sweep.spec());
    List<SweepSetting> settings = sweep.settings();
    for (int i = 0; i < settings.size(); i++) {
      try {
        SimulationEncoder.checkModel(settings.get(i).model());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("settings[" + i + "]." + e.getMessage(), e);
      }
    }
    return DocumentWriter.write(format, out -> sweep(out, sweep));
  }

  private static void sweep(DocumentWriter out, Sweep sweep) {
    out.startObject();
    out.name("version");
    out.number(Format.VERSION);
    out.name("kind");
    out.text(SpecKind.SWEEP.key());
    SimulationEncoder.fields(out, sweep.spec(), false);
    out.name("settings");
    out.startList();
    for (SweepSetting setting : sweep.settings()) {
      out.startObject();
      out.name("name");
      out.text(setting.name());
      out.name("model");
      SimulationEncoder.model(out, setting.model());
      out.endObject();
    }
    out.endList();
    out.name("seeds");
    out.startList();
    for (long seed : sweep.seeds()) {
      out.number(seed);
    }
    out.endList();
    out.endObject();
  }
}
