package org.okrkit.simulation.io;

import java.util.List;
import org.okrkit.io.Format;
import org.okrkit.io.document.DocumentWriter;
import org.okrkit.simulation.Sweep;
import org.okrkit.simulation.SweepSetting;
import org.okrkit.simulation.WorkforceSweep;

/**
 * Writes a {@link Sweep} or a {@link WorkforceSweep} in the file format {@link SweepDecoder} reads:
 * {@code kind: sweep} ({@code study: workforce} for a workforce sweep), the spec's settings as
 * {@link SimulationEncoder} or {@link WorkforceEncoder} writes them (without its seed), then every
 * setting with its whole model (and a workforce setting's own arms, if it has them) and the seeds.
 * What the format cannot hold is refused, by its path, before anything is written.
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

  /**
   * The workforce sweep as a document.
   *
   * @throws IllegalArgumentException if the sweep holds what a file cannot
   */
  static String encode(WorkforceSweep sweep, Format format) {
    WorkforceEncoder.check(sweep.spec());
    List<SweepSetting> settings = sweep.settings();
    for (int i = 0; i < settings.size(); i++) {
      try {
        SimulationEncoder.checkModel(settings.get(i).model());
        WorkforceEncoder.checkArms(settings.get(i).arms(), "arms");
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("settings[" + i + "]." + e.getMessage(), e);
      }
    }
    return DocumentWriter.write(
        format,
        out -> {
          out.startObject();
          out.name("version");
          out.number(Format.VERSION);
          out.name("kind");
          out.text(SpecKind.SWEEP.key());
          out.name("study");
          out.text(SpecKind.WORKFORCE.key());
          WorkforceEncoder.fields(out, sweep.spec(), false);
          grid(out, settings, sweep.seeds());
          out.endObject();
        });
  }

  private static void sweep(DocumentWriter out, Sweep sweep) {
    out.startObject();
    out.name("version");
    out.number(Format.VERSION);
    out.name("kind");
    out.text(SpecKind.SWEEP.key());
    SimulationEncoder.fields(out, sweep.spec(), false);
    grid(out, sweep.settings(), sweep.seeds());
    out.endObject();
  }

  /** The settings, each with its whole model and its arms if it has any, and the seeds. */
  private static void grid(DocumentWriter out, List<SweepSetting> settings, List<Long> seeds) {
    out.name("settings");
    out.startList();
    for (SweepSetting setting : settings) {
      out.startObject();
      out.name("name");
      out.text(setting.name());
      out.name("model");
      SimulationEncoder.model(out, setting.model());
      if (!setting.arms().isEmpty()) {
        out.name("arms");
        WorkforceEncoder.arms(out, setting.arms());
      }
      out.endObject();
    }
    out.endList();
    out.name("seeds");
    out.startList();
    for (long seed : seeds) {
      out.number(seed);
    }
    out.endList();
  }
}
