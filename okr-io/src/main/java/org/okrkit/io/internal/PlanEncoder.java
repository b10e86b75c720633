package org.okrkit.io.internal;

import static org.okrkit.io.internal.Generators.number;

import com.fasterxml.jackson.core.JsonGenerator;
import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ListMultimap;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.okrkit.core.CheckIn;
import org.okrkit.core.Contribution;
import org.okrkit.core.KeyResult;
import org.okrkit.core.Kpi;
import org.okrkit.core.Measure;
import org.okrkit.core.MeasuredElement;
import org.okrkit.core.Milestone;
import org.okrkit.core.Objective;
import org.okrkit.core.Owner;
import org.okrkit.core.Plan;
import org.okrkit.core.Revision;
import org.okrkit.core.Target;
import org.okrkit.io.Format;

/**
 * Writes a {@link Plan} in the file format: key results nested in their objectives with their
 * original definitions, revisions and check-ins in their key result or KPI (check-ins in order of
 * arrival), weights of 1 and empty optional fields left out, and shorthands where they apply (a
 * milestone or contribution by name alone, {@code done} for a milestone report). Reading the result
 * gives an equal plan.
 *
 * <p>A plan keeps revisions of the same day in the order they were recorded, while {@link
 * PlanDecoder} adds nested revisions in the order of the elements in the file. So of each day's
 * revisions, the writer nests the longest run, in the plan's order, whose elements come in file
 * order, and lists the rest in the plan's own {@code revisions}, which are read after the nested
 * ones. Revisions recorded in the order of the elements, or on days of their own, are all nested.
 */
public final class PlanEncoder {
  private final Plan plan;

  /** The plan before any revision: the elements' own fields in the file. */
  private final Plan original;

  /** The revisions written inside their element, by element, in the plan's order. */
  private final ListMultimap<String, Revision> nested = ArrayListMultimap.create();

  /** The revisions written in the plan's own list, in the plan's order. */
  private final List<Revision> loose = new ArrayList<>();

  private PlanEncoder(Plan plan) {
    this.plan = plan;
    this.original = plan.original();
    placeRevisions();
  }

  /** Splits the revisions between their elements and the plan's own list; see the class doc. */
  private void placeRevisions() {
    Map<String, Integer> position = new HashMap<>();
    for (Objective o : original.objectives()) {
      for (KeyResult k : original.keyResultsOf(o.id())) {
        position.put(k.id(), position.size());
      }
    }
    for (Kpi k : original.kpis()) {
      position.put(k.id(), position.size());
    }
    LocalDate day = null;
    int last = -1;
    boolean nesting = true;
    for (Revision r : plan.revisions()) {
      if (!r.date().equals(day)) {
        day = r.date();
        last = -1;
        nesting = true;
      }
      // a valid plan's revisions revise its key results and KPIs
      int at =
          Objects.requireNonNull(position.get(r.elementId()), "the revised element's position");
      if (nesting && at >= last) {
        last = at;
        nested.put(r.elementId(), r);
      } else {
        nesting = false;
        loose.add(r);
      }
    }
  }

  /** The plan as a document. */
  public static String encode(Plan plan, Format format) {
    PlanEncoder e = new PlanEncoder(plan);
    return Generators.write(format, e::plan);
  }

  /** Writes {@code plan} as an object into a document being written: what a plan file holds. */
  public static void write(JsonGenerator out, Plan plan) throws IOException {
    new PlanEncoder(plan).plan(out);
  }

  private void plan(JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeNumberField("version", Format.VERSION);
    if (plan.name().isPresent()) {
      out.writeStringField("name", plan.name().get());
    }
    out.writeStringField("period", Periods.label(plan.period()));
    if (!plan.owners().isEmpty()) {
      out.writeArrayFieldStart("owners");
      for (Owner o : plan.owners()) {
        out.writeStartObject();
        out.writeStringField("id", o.id());
        out.writeStringField("name", o.name());
        out.writeStringField("level", o.level().name());
        if (o.parentId().isPresent()) {
          out.writeStringField("parent", o.parentId().get());
        }
        out.writeEndObject();
      }
      out.writeEndArray();
    }
    if (!original.objectives().isEmpty()) {
      out.writeArrayFieldStart("objectives");
      for (Objective o : original.objectives()) {
        objective(out, o);
      }
      out.writeEndArray();
    }
    if (!original.kpis().isEmpty()) {
      out.writeArrayFieldStart("kpis");
      for (Kpi k : original.kpis()) {
        kpi(out, k);
      }
      out.writeEndArray();
    }
    if (!loose.isEmpty()) {
      out.writeArrayFieldStart("revisions");
      for (Revision r : loose) {
        revision(out, r, true);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private void objective(JsonGenerator out, Objective o) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", o.id());
    out.writeStringField("title", o.title());
    out.writeStringField("owner", o.ownerId());
    out.writeStringField("kind", o.kind().name());
    if (o.parentId().isPresent()) {
      out.writeStringField("parent", o.parentId().get());
      if (o.parentSupportOnly()) {
        out.writeBooleanField("parentSupportOnly", true);
      }
    }
    if (o.period().isPresent()) {
      out.writeStringField("period", Periods.label(o.period().get()));
    }
    tags(out, o.tags());
    List<KeyResult> keyResults = original.keyResultsOf(o.id());
    if (!keyResults.isEmpty()) {
      out.writeArrayFieldStart("keyResults");
      for (KeyResult k : keyResults) {
        keyResult(out, k);
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private void keyResult(JsonGenerator out, KeyResult k) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", k.id());
    out.writeStringField("title", k.title());
    measured(out, k);
    tags(out, k.tags());
    revisions(out, k);
    checkIns(out, k);
    out.writeEndObject();
  }

  private void kpi(JsonGenerator out, Kpi k) throws IOException {
    out.writeStartObject();
    out.writeStringField("id", k.id());
    out.writeStringField("title", k.title());
    out.writeStringField("owner", k.ownerId());
    measured(out, k);
    out.writeStringField("frequency", k.frequency().name());
    if (k.period().isPresent()) {
      out.writeStringField("period", Periods.label(k.period().get()));
    }
    tags(out, k.tags());
    if (!k.contributions().isEmpty()) {
      contributions(out, k.contributions());
    }
    revisions(out, k);
    checkIns(out, k);
    out.writeEndObject();
  }

  private static void contributions(JsonGenerator out, List<Contribution> contributions)
      throws IOException {
    out.writeArrayFieldStart("contributions");
    for (Contribution c : contributions) {
      if (isOne(c.weight()) && !c.supportOnly()) {
        out.writeString(c.keyResultId());
      } else {
        out.writeStartObject();
        out.writeStringField("keyResult", c.keyResultId());
        if (!isOne(c.weight())) {
          number(out, "weight", c.weight());
        }
        if (c.supportOnly()) {
          out.writeBooleanField("supportOnly", true);
        }
        out.writeEndObject();
      }
    }
    out.writeEndArray();
  }

  private void revisions(JsonGenerator out, MeasuredElement e) throws IOException {
    List<Revision> revisions = nested.get(e.id());
    if (revisions.isEmpty()) {
      return;
    }
    out.writeArrayFieldStart("revisions");
    for (Revision r : revisions) {
      revision(out, r, false);
    }
    out.writeEndArray();
  }

  /** A revision: its element when it is not nested in it, its date, its one change, why and who. */
  private static void revision(JsonGenerator out, Revision r, boolean named) throws IOException {
    out.writeStartObject();
    if (named) {
      out.writeStringField("element", r.elementId());
    }
    out.writeStringField("date", r.date().toString());
    switch (r.kind()) {
      case TARGET -> target(out, r.target().orElseThrow());
      case WEIGHT -> number(out, "weight", r.weight().orElseThrow());
      default -> contributions(out, r.contributions());
    }
    out.writeStringField("reason", r.reason());
    out.writeStringField("author", r.author());
    out.writeEndObject();
  }

  private static void measured(JsonGenerator out, MeasuredElement e) throws IOException {
    Measure m = e.measure();
    out.writeObjectFieldStart("measure");
    out.writeStringField("name", m.name());
    out.writeStringField("unit", m.unit().name());
    out.writeStringField("direction", m.direction().name());
    out.writeEndObject();
    target(out, e.target());
    // a key result's weight is written when one was assigned, 1 included, so that reading keeps
    // "no weight" apart from a weight of 1; a KPI's whenever it is not 1
    if (e instanceof KeyResult kr ? kr.assignedWeight().isPresent() : !isOne(e.weight())) {
      number(out, "weight", e.weight());
    }
  }

  private static void target(JsonGenerator out, Target t) throws IOException {
    out.writeObjectFieldStart("target");
    // the reader infers ABSOLUTE, RANGE and MILESTONES from the fields; RELATIVE must be said
    if (t.kind() == Target.Kind.RELATIVE) {
      out.writeStringField("kind", t.kind().name());
    }
    if (t.baseline().isPresent()) {
      number(out, "baseline", t.baseline().getAsDouble());
    }
    if (t.value().isPresent()) {
      number(out, "value", t.value().getAsDouble());
    }
    if (t.threshold().isPresent()) {
      number(out, "threshold", t.threshold().getAsDouble());
    }
    if (t.stretch().isPresent()) {
      number(out, "stretch", t.stretch().getAsDouble());
    }
    if (t.low().isPresent()) {
      number(out, "low", t.low().getAsDouble());
    }
    if (t.high().isPresent()) {
      number(out, "high", t.high().getAsDouble());
    }
    if (!t.milestones().isEmpty()) {
      out.writeArrayFieldStart("milestones");
      for (Milestone m : t.milestones()) {
        if (isOne(m.weight()) && m.due().isEmpty()) {
          out.writeString(m.name());
        } else {
          out.writeStartObject();
          out.writeStringField("name", m.name());
          if (!isOne(m.weight())) {
            number(out, "weight", m.weight());
          }
          if (m.due().isPresent()) {
            out.writeStringField("due", m.due().get().toString());
          }
          out.writeEndObject();
        }
      }
      out.writeEndArray();
    }
    out.writeEndObject();
  }

  private static void tags(JsonGenerator out, Set<String> tags) throws IOException {
    if (tags.isEmpty()) {
      return;
    }
    out.writeArrayFieldStart("tags");
    for (String tag : tags) {
      out.writeString(tag);
    }
    out.writeEndArray();
  }

  private void checkIns(JsonGenerator out, MeasuredElement e) throws IOException {
    // the element's audit trail, in order of arrival: corrected values and corrections included
    List<CheckIn> checkIns = plan.historyOf(e.id());
    if (checkIns.isEmpty()) {
      return;
    }
    out.writeArrayFieldStart("checkIns");
    for (CheckIn c : checkIns) {
      // done or value, by the target in force on the day: a revision may have brought milestones
      boolean milestones = plan.targetAt(e.id(), c.date()).kind() == Target.Kind.MILESTONES;
      out.writeStartObject();
      out.writeStringField("date", c.date().toString());
      if (c.milestone().isPresent()) {
        out.writeStringField("milestone", c.milestone().get());
      }
      if (milestones && isOne(c.value())) {
        out.writeBooleanField("done", true);
      } else if (milestones && Double.doubleToRawLongBits(c.value()) == 0) {
        out.writeBooleanField("done", false);
      } else {
        number(out, "value", c.value());
      }
      if (c.confidence().isPresent()) {
        number(out, "confidence", c.confidence().getAsDouble());
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
    }
    out.writeEndArray();
  }

  private static boolean isOne(double value) {
    return Double.compare(value, 1.0) == 0;
  }
}
