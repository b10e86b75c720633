package org.okrkit.core;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;
import org.okrkit.core.internal.PersistentVector;
import org.okrkit.core.internal.Recording;
import org.okrkit.core.internal.SparseVector;

/**
 * A plan's check-ins, in primitive columns: the one store behind {@link Plan#checkIns()}, {@link
 * Plan#checkInsOf}, {@link Plan#historyOf} and the positional reads of {@link CheckInColumns}.
 * Check-ins are filed by measured element (key results, then KPIs, as {@link PlanStructure} numbers
 * them) and {@link Recording} decides which are recorded and which count.
 *
 * <p><b>Base and appends.</b> The check-ins a plan is built with are stored element by element in
 * flat arrays: for each element, the ones that count by date (same-day ones in order of arrival),
 * then the ones a correction replaced, in order of arrival; about 20 bytes a check-in, and optional
 * fields (confidence, note, milestone, author, correction) in columns that exist only when some
 * check-in has them. A check-in appended to a built plan ({@link #with}) is kept as its object, and
 * its element's log as a small copy in a sparse vector that the plans of one lineage share, so that
 * appending costs no more than the element's own log. Building a plan anew ({@link
 * Plan#toBuilder()}) files every check-in in the flat arrays again.
 *
 * <p>Immutable and safe to share between threads.
 */
final class History {
  /** What the check-ins need to know of the plan's elements. */
  interface Elements {
    /** The id of measured element {@code m}. */
    String id(int m);

    /** Whether every check-in of element {@code m} is in slot "": a value target never revised. */
    boolean plain(int m);

    /** The slot of a check-in of element {@code m} on {@code date} naming {@code milestone}. */
    String slot(int m, LocalDate date, @Nullable String milestone);
  }

  private static final double NO_CONFIDENCE = Double.NaN;

  private final int measured;

  /** How many check-ins the base holds: arrival numbers 0 to baseCount - 1. */
  private final int baseCount;

  /** Element m's check-ins are base slots start[m] .. start[m + 1]. */
  private final int[] start;

  /** The end of element m's check-ins that count; null when all of them count. */
  private final int @Nullable [] countedEnd;

  private final int[] day;
  private final double[] value;

  /** The arrival number of each base slot: its place in {@link #arrivals}. */
  private final int[] arrival;

  private final boolean @Nullable [] correction;
  private final double @Nullable [] confidence;
  private final @Nullable String @Nullable [] note;
  private final @Nullable String @Nullable [] milestone;
  private final @Nullable String @Nullable [] author;

  /** Check-ins appended after the base, in order of arrival: arrival number baseCount + i. */
  private final PersistentVector<CheckIn> appended;

  /** The logs of the elements that check-ins were appended to; null when there are none. */
  private final @Nullable SparseVector<Log> changed;

  private History(
      int measured,
      int baseCount,
      int[] start,
      int @Nullable [] countedEnd,
      int[] day,
      double[] value,
      int[] arrival,
      boolean @Nullable [] correction,
      double @Nullable [] confidence,
      @Nullable String @Nullable [] note,
      @Nullable String @Nullable [] milestone,
      @Nullable String @Nullable [] author,
      PersistentVector<CheckIn> appended,
      @Nullable SparseVector<Log> changed) {
    this.measured = measured;
    this.baseCount = baseCount;
    this.start = start;
    this.countedEnd = countedEnd;
    this.day = day;
    this.value = value;
    this.arrival = arrival;
    this.correction = correction;
    this.confidence = confidence;
    this.note = note;
    this.milestone = milestone;
    this.author = author;
    this.appended = appended;
    this.changed = changed;
  }

  /** No check-ins, for {@code measured} elements. */
  static History empty(int measured) {
    return new History(
        measured,
        0,
        new int[measured + 1],
        null,
        new int[0],
        new double[0],
        new int[0],
        null,
        null,
        null,
        null,
        null,
        PersistentVector.empty(),
        null);
  }

  // ------------------------------------------------------------------ building

  /**
   * The history of valid check-ins, in order of arrival, whose elements are {@code elementOf[i]}:
   * as if each were appended in turn, duplicates recorded once and corrections replacing what
   * counted in their slot that day.
   */
  static History of(int measured, List<CheckIn> arrivals, int[] elementOf, Elements elements) {
    int n = arrivals.size();
    if (n == 0) {
      return empty(measured);
    }
    // the arrivals of each element, in order
    int[] groupStart = new int[measured + 1];
    for (int i = 0; i < n; i++) {
      groupStart[elementOf[i] + 1]++;
    }
    for (int m = 0; m < measured; m++) {
      groupStart[m + 1] += groupStart[m];
    }
    int[] grouped = new int[n];
    int[] fill = Arrays.copyOf(groupStart, measured);
    for (int i = 0; i < n; i++) {
      grouped[fill[elementOf[i]]++] = i;
    }
    boolean anyCorrection = false;
    boolean anyConfidence = false;
    boolean anyNote = false;
    boolean anyMilestone = false;
    boolean anyAuthor = false;
    for (CheckIn c : arrivals) {
      anyCorrection |= c.correction();
      anyConfidence |= c.confidence().isPresent();
      anyNote |= c.note().isPresent();
      anyMilestone |= c.milestone().isPresent();
      anyAuthor |= c.author().isPresent();
    }
    // which arrivals are recorded (not duplicates), and which of those a correction replaced
    boolean[] dropped = new boolean[n];
    boolean[] replaced = anyCorrection ? new boolean[n] : null;
    int droppedCount = 0;
    for (int m = 0; m < measured; m++) {
      int from = groupStart[m];
      int to = groupStart[m + 1];
      if (to - from < 2) {
        continue;
      }
      if (hasCorrection(arrivals, grouped, from, to) || hasEqualPair(arrivals, grouped, from, to)) {
        BuildLog log = new BuildLog(m, arrivals, grouped, from, elements, replaced);
        for (int g = from; g < to; g++) {
          CheckIn c = arrivals.get(grouped[g]);
          String slot =
              elements.plain(m) ? "" : elements.slot(m, c.date(), c.milestone().orElse(null));
          log.offering(g);
          Recording.Outcome outcome = Recording.record(log, c, slot);
          if (outcome == Recording.Outcome.DUPLICATE) {
            dropped[grouped[g]] = true;
            droppedCount++;
          } else if (outcome == Recording.Outcome.NOTHING_TO_CORRECT) {
            throw new IllegalStateException(
                "check-in " + c + " was validated but has nothing to correct");
          }
        }
      }
    }
    int recorded = n - droppedCount;
    int[] arrivalNumber = new int[n];
    for (int i = 0, a = 0; i < n; i++) {
      arrivalNumber[i] = dropped[i] ? -1 : a++;
    }
    int[] start = new int[measured + 1];
    int[] countedEnd = replaced == null ? null : new int[measured];
    int[] day = new int[recorded];
    double[] value = new double[recorded];
    int[] arrivalOf = new int[recorded];
    boolean[] correction = anyCorrection ? new boolean[recorded] : null;
    double[] confidence = anyConfidence ? new double[recorded] : null;
    String[] note = anyNote ? new String[recorded] : null;
    String[] milestone = anyMilestone ? new String[recorded] : null;
    String[] author = anyAuthor ? new String[recorded] : null;
    int s = 0;
    int[] order = new int[16];
    for (int m = 0; m < measured; m++) {
      start[m] = s;
      int from = groupStart[m];
      int to = groupStart[m + 1];
      if (to - from > order.length) {
        order = new int[to - from];
      }
      // the check-ins that count, by date and then arrival (a stable insertion sort)
      int k = 0;
      for (int g = from; g < to; g++) {
        int i = grouped[g];
        if (dropped[i] || (replaced != null && replaced[i])) {
          continue;
        }
        long d = arrivals.get(i).date().toEpochDay();
        int j = k - 1;
        while (j >= 0 && arrivals.get(order[j]).date().toEpochDay() > d) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = i;
        k++;
      }
      int counted = k;
      for (int g = from; g < to; g++) {
        int i = grouped[g];
        if (!dropped[i] && replaced != null && replaced[i]) {
          order[k++] = i;
        }
      }
      for (int j = 0; j < k; j++) {
        int i = order[j];
        CheckIn c = arrivals.get(i);
        day[s] = (int) c.date().toEpochDay();
        value[s] = c.value();
        arrivalOf[s] = arrivalNumber[i];
        if (correction != null) {
          correction[s] = c.correction();
        }
        if (confidence != null) {
          confidence[s] = c.confidence().orElse(NO_CONFIDENCE);
        }
        if (note != null) {
          note[s] = c.note().orElse(null);
        }
        if (milestone != null) {
          milestone[s] = c.milestone().orElse(null);
        }
        if (author != null) {
          author[s] = c.author().orElse(null);
        }
        s++;
      }
      if (countedEnd != null) {
        countedEnd[m] = start[m] + counted;
      }
    }
    start[measured] = s;
    return new History(
        measured,
        recorded,
        start,
        countedEnd,
        day,
        value,
        arrivalOf,
        correction,
        confidence,
        note,
        milestone,
        author,
        PersistentVector.empty(),
        null);
  }

  private static boolean hasCorrection(List<CheckIn> arrivals, int[] grouped, int from, int to) {
    for (int g = from; g < to; g++) {
      if (arrivals.get(grouped[g]).correction()) {
        return true;
      }
    }
    return false;
  }

  /** Whether two arrivals of one element are equal: duplicates to drop. */
  private static boolean hasEqualPair(List<CheckIn> arrivals, int[] grouped, int from, int to) {
    for (int a = from + 1; a < to; a++) {
      CheckIn c = arrivals.get(grouped[a]);
      for (int b = from; b < a; b++) {
        CheckIn earlier = arrivals.get(grouped[b]);
        // equal check-ins share their date: compare it first, it is cheap
        if (earlier.date().equals(c.date()) && earlier.equals(c)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The log of one element's arrivals while the base is built: arrival positions in the group. */
  private static final class BuildLog implements Recording.Log {
    private final int m;
    private final List<CheckIn> arrivals;
    private final int[] grouped;
    private final Elements elements;
    private final boolean @Nullable [] replaced;

    /** Group positions of the check-ins recorded so far, and their slots. */
    private int[] recorded = new int[4];

    private String[] slots = new String[4];
    private int size;

    /** The group position of the check-in being offered. */
    private int offered;

    BuildLog(
        int m,
        List<CheckIn> arrivals,
        int[] grouped,
        int from,
        Elements elements,
        boolean @Nullable [] replaced) {
      this.m = m;
      this.arrivals = arrivals;
      this.grouped = grouped;
      this.offered = from;
      this.elements = elements;
      this.replaced = replaced;
    }

    /** The check-in offered next is the one at group position {@code g}. */
    void offering(int g) {
      offered = g;
    }

    private CheckIn at(int i) {
      return arrivals.get(grouped[recorded[i]]);
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public boolean sameAs(int i, CheckIn c) {
      CheckIn e = at(i);
      return e.date().equals(c.date()) && e.equals(c);
    }

    @Override
    public long day(int i) {
      return at(i).date().toEpochDay();
    }

    @Override
    public String slot(int i) {
      return slots[i];
    }

    @Override
    public boolean counts(int i) {
      return replaced == null || !replaced[grouped[recorded[i]]];
    }

    @Override
    public void replace(int i) {
      if (replaced == null) {
        throw new IllegalStateException("element " + elements.id(m) + " has no corrections");
      }
      replaced[grouped[recorded[i]]] = true;
    }

    @Override
    public void add(CheckIn c, String slot) {
      if (size == recorded.length) {
        recorded = Arrays.copyOf(recorded, size * 2);
        slots = Arrays.copyOf(slots, size * 2);
      }
      recorded[size] = offered;
      slots[size++] = slot;
    }
  }

  // ------------------------------------------------------------------ appending

  /** Whether a check-in equal to {@code c} is recorded for element {@code m}. */
  boolean isDuplicate(int m, CheckIn c, Elements elements) {
    return Recording.isDuplicate(new AppendLog(this, m, elements), c);
  }

  /** Whether correction {@code c} of element {@code m} finds something to correct. */
  boolean canCorrect(int m, CheckIn c, Elements elements) {
    String slot = elements.plain(m) ? "" : elements.slot(m, c.date(), c.milestone().orElse(null));
    return Recording.canCorrect(new AppendLog(this, m, elements), c, slot);
  }

  /**
   * This history with {@code c}, a valid check-in of element {@code m}, offered after every other;
   * this history itself when {@code c} duplicates one recorded.
   *
   * @throws IllegalArgumentException if {@code c} is a correction with nothing to correct
   */
  History with(int m, CheckIn c, Elements elements) {
    AppendLog log = new AppendLog(this, m, elements);
    String slot = elements.plain(m) ? "" : elements.slot(m, c.date(), c.milestone().orElse(null));
    int ref = -1 - appended.size();
    log.pendingRef = ref;
    log.pendingArrival = baseCount + appended.size();
    switch (Recording.record(log, c, slot)) {
      case DUPLICATE -> {
        return this;
      }
      case NOTHING_TO_CORRECT ->
          throw new IllegalArgumentException("check-in " + c + " has nothing to correct");
      default -> {
        SparseVector<Log> logs = changed == null ? SparseVector.empty(measured) : changed;
        return new History(
            measured,
            baseCount,
            start,
            countedEnd,
            day,
            value,
            arrival,
            correction,
            confidence,
            note,
            milestone,
            author,
            appended.append(c),
            logs.with(m, log.build()));
      }
    }
  }

  /**
   * The log of an element that check-ins were appended to: entries as in the base, by reference.
   */
  private static final class Log {
    /** A base slot, or -1 - i for appended check-in i. */
    final int[] ref;

    final int[] day;
    final double[] value;
    final int[] arrival;

    /** The first {@code counted} entries count, by date; the rest were replaced, by arrival. */
    final int counted;

    Log(int[] ref, int[] day, double[] value, int[] arrival, int counted) {
      this.ref = ref;
      this.day = day;
      this.value = value;
      this.arrival = arrival;
      this.counted = counted;
    }
  }

  /** An element's entries while a check-in is appended: what {@link Recording} sees and changes. */
  private static final class AppendLog implements Recording.Log {
    private final History h;
    private final int m;
    private final Elements elements;

    /** The element's entries in order of arrival, as positions into its current entries. */
    private final int[] byArrival;

    private final int count;
    private final boolean[] replaced;
    private final @Nullable String[] slots;
    private boolean added;
    int pendingRef;
    int pendingArrival;
    private double pendingValue;
    private long pendingDay;

    AppendLog(History h, int m, Elements elements) {
      this.h = h;
      this.m = m;
      this.elements = elements;
      this.count = h.entries(m);
      int counted = h.countedEntries(m);
      Integer[] order = new Integer[count];
      for (int i = 0; i < count; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Integer.compare(h.entryArrival(m, a), h.entryArrival(m, b)));
      this.byArrival = new int[count];
      this.replaced = new boolean[count];
      for (int i = 0; i < count; i++) {
        byArrival[i] = order[i];
        replaced[i] = order[i] >= counted;
      }
      this.slots = new String[count];
    }

    @Override
    public int size() {
      return count;
    }

    @Override
    public boolean sameAs(int i, CheckIn c) {
      int e = byArrival[i];
      return h.entryDay(m, e) == c.date().toEpochDay() && h.entry(m, e, elements.id(m)).equals(c);
    }

    @Override
    public long day(int i) {
      return h.entryDay(m, byArrival[i]);
    }

    @Override
    public String slot(int i) {
      String s = slots[i];
      if (s == null) {
        if (elements.plain(m)) {
          s = "";
        } else {
          int e = byArrival[i];
          s = elements.slot(m, LocalDate.ofEpochDay(h.entryDay(m, e)), h.entryMilestone(m, e));
        }
        slots[i] = s;
      }
      return s;
    }

    @Override
    public boolean counts(int i) {
      return !replaced[i];
    }

    @Override
    public void replace(int i) {
      replaced[i] = true;
    }

    @Override
    public void add(CheckIn c, String slot) {
      added = true;
      pendingDay = c.date().toEpochDay();
      pendingValue = c.value();
    }

    /** The element's new log: what counts by date, the new check-in after its same-day ones. */
    Log build() {
      if (!added) {
        throw new IllegalStateException("nothing was recorded");
      }
      Columns out = new Columns(count + 1);
      boolean placed = false;
      // the entries that still count keep their date order; the new one goes after its date's
      for (int e = 0; e < h.countedEntries(m); e++) {
        if (isReplaced(e)) {
          continue;
        }
        if (!placed && h.entryDay(m, e) > pendingDay) {
          out.putPending();
          placed = true;
        }
        out.putEntry(e);
      }
      if (!placed) {
        out.putPending();
      }
      int counted = out.size;
      for (int i = 0; i < count; i++) {
        if (replaced[i]) {
          out.putEntry(byArrival[i]);
        }
      }
      return new Log(out.ref, out.days, out.values, out.arrivals, counted);
    }

    /** The columns of the log being built, filled in order. */
    private final class Columns {
      final int[] ref;
      final int[] days;
      final double[] values;
      final int[] arrivals;
      int size;

      Columns(int capacity) {
        ref = new int[capacity];
        days = new int[capacity];
        values = new double[capacity];
        arrivals = new int[capacity];
      }

      /** Appends the element's entry {@code e} as it is recorded. */
      void putEntry(int e) {
        put(h.entryRef(m, e), h.entryDay(m, e), h.entryValue(m, e), h.entryArrival(m, e));
      }

      /** Appends the check-in being added. */
      void putPending() {
        put(pendingRef, (int) pendingDay, pendingValue, pendingArrival);
      }

      private void put(int r, int d, double v, int a) {
        ref[size] = r;
        days[size] = d;
        values[size] = v;
        arrivals[size] = a;
        size++;
      }
    }

    private boolean isReplaced(int e) {
      for (int i = 0; i < count; i++) {
        if (byArrival[i] == e) {
          return replaced[i];
        }
      }
      return false;
    }
  }

  // ------------------------------------------------------------------ entries of an element

  /** How many check-ins of element {@code m} are recorded, counting or not. */
  private int entries(int m) {
    Log log = log(m);
    return log != null ? log.ref.length : start[m + 1] - start[m];
  }

  /** How many check-ins of element {@code m} count: its first entries, by date. */
  private int countedEntries(int m) {
    Log log = log(m);
    if (log != null) {
      return log.counted;
    }
    return (countedEnd == null ? start[m + 1] : countedEnd[m]) - start[m];
  }

  private @Nullable Log log(int m) {
    return changed == null ? null : changed.get(m);
  }

  private int entryRef(int m, int e) {
    Log log = log(m);
    return log != null ? log.ref[e] : start[m] + e;
  }

  private int entryDay(int m, int e) {
    Log log = log(m);
    return log != null ? log.day[e] : day[start[m] + e];
  }

  private double entryValue(int m, int e) {
    Log log = log(m);
    return log != null ? log.value[e] : value[start[m] + e];
  }

  private int entryArrival(int m, int e) {
    Log log = log(m);
    return log != null ? log.arrival[e] : arrival[start[m] + e];
  }

  private @Nullable String entryMilestone(int m, int e) {
    int ref = entryRef(m, e);
    if (ref < 0) {
      return appended.get(-1 - ref).milestone().orElse(null);
    }
    return milestone == null ? null : milestone[ref];
  }

  /** Entry {@code e} of element {@code m}, whose id is {@code id}, as a check-in. */
  private CheckIn entry(int m, int e, String id) {
    return materialize(entryRef(m, e), id);
  }

  private CheckIn materialize(int ref, String id) {
    if (ref < 0) {
      return appended.get(-1 - ref);
    }
    CheckIn.Builder b =
        CheckIn.builder().elementId(id).date(LocalDate.ofEpochDay(day[ref])).value(value[ref]);
    if (correction != null && correction[ref]) {
      b.correction(true);
    }
    if (confidence != null && !Double.isNaN(confidence[ref])) {
      b.confidence(confidence[ref]);
    }
    if (note != null && note[ref] != null) {
      b.note(note[ref]);
    }
    if (milestone != null && milestone[ref] != null) {
      b.milestone(milestone[ref]);
    }
    if (author != null && author[ref] != null) {
      b.author(author[ref]);
    }
    return b.build();
  }

  // ------------------------------------------------------------------ reading

  /** How many check-ins have been recorded: the length of {@link #arrivals}. */
  int recorded() {
    return baseCount + appended.size();
  }

  /**
   * Every recorded check-in, in order of arrival, as a list whose check-ins are made as they are
   * read. The first read of a base check-in files the base by arrival (an array of one int per
   * check-in, kept by the list, not by the history).
   */
  List<CheckIn> arrivals(Elements elements) {
    return new Arrivals(this, elements);
  }

  private static final class Arrivals extends AbstractList<CheckIn> implements RandomAccess {
    private final History h;
    private final Elements elements;
    private volatile int @Nullable [] slotOfArrival;

    Arrivals(History h, Elements elements) {
      this.h = h;
      this.elements = elements;
    }

    @Override
    public CheckIn get(int i) {
      java.util.Objects.checkIndex(i, size());
      if (i >= h.baseCount) {
        return h.appended.get(i - h.baseCount);
      }
      int[] slots = slotOfArrival;
      if (slots == null) {
        slots = new int[h.baseCount];
        for (int s = 0; s < h.baseCount; s++) {
          slots[h.arrival[s]] = s;
        }
        slotOfArrival = slots;
      }
      int slot = slots[i];
      return h.materialize(slot, elements.id(h.elementOfSlot(slot)));
    }

    @Override
    public int size() {
      return h.recorded();
    }
  }

  /** The element whose base check-ins include slot {@code s}. */
  private int elementOfSlot(int s) {
    int lo = 0;
    int hi = measured - 1;
    // the last element whose start is at most s and that holds entries
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (start[mid] <= s) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The check-ins of element {@code m} that count, by date. */
  ImmutableList<CheckIn> counted(int m, String id) {
    int n = countedEntries(m);
    ImmutableList.Builder<CheckIn> b = ImmutableList.builderWithExpectedSize(n);
    for (int e = 0; e < n; e++) {
      b.add(entry(m, e, id));
    }
    return b.build();
  }

  /** Every check-in recorded for element {@code m}, in order of arrival. */
  ImmutableList<CheckIn> history(int m, String id) {
    int n = entries(m);
    Integer[] order = new Integer[n];
    for (int e = 0; e < n; e++) {
      order[e] = e;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(entryArrival(m, a), entryArrival(m, b)));
    ImmutableList.Builder<CheckIn> b = ImmutableList.builderWithExpectedSize(n);
    for (Integer e : order) {
      b.add(entry(m, e, id));
    }
    return b.build();
  }

  /** How many check-ins of element {@code m} count. */
  int count(int m) {
    return countedEntries(m);
  }

  /** The epoch day of the {@code i}-th check-in of element {@code m} that counts, by date. */
  int day(int m, int i) {
    return entryDay(m, checkCounted(m, i));
  }

  /** The value of the {@code i}-th check-in of element {@code m} that counts, by date. */
  double value(int m, int i) {
    return entryValue(m, checkCounted(m, i));
  }

  /** The confidence of the {@code i}-th check-in of element {@code m} that counts. */
  OptionalDouble confidence(int m, int i) {
    int ref = entryRef(m, checkCounted(m, i));
    if (ref < 0) {
      return appended.get(-1 - ref).confidence();
    }
    return confidence == null || Double.isNaN(confidence[ref])
        ? OptionalDouble.empty()
        : OptionalDouble.of(confidence[ref]);
  }

  /** The milestone named by the {@code i}-th check-in of element {@code m} that counts. */
  Optional<String> milestone(int m, int i) {
    return Optional.ofNullable(entryMilestone(m, checkCounted(m, i)));
  }

  /** The {@code i}-th check-in of element {@code m} that counts, as an object. */
  CheckIn checkIn(int m, int i, String id) {
    return entry(m, checkCounted(m, i), id);
  }

  /**
   * The index, among element {@code m}'s check-ins that count, of the last one dated on or before
   * epoch day {@code onOrBefore}; -1 when there is none.
   */
  int lastOnOrBefore(int m, long onOrBefore) {
    Log log = log(m);
    if (log != null) {
      return lastOnOrBefore(log.day, 0, log.counted, onOrBefore);
    }
    int from = start[m];
    int to = countedEnd == null ? start[m + 1] : countedEnd[m];
    return lastOnOrBefore(day, from, to, onOrBefore);
  }

  /** The index less {@code from} of the last of {@code days[from..to)} at most {@code d}, or -1. */
  private static int lastOnOrBefore(int[] days, int from, int to, long d) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (days[mid] > d) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo - 1 - from;
  }

  private int checkCounted(int m, int i) {
    return java.util.Objects.checkIndex(i, countedEntries(m));
  }
}
