package org.okrkit.io;

import static com.google.common.base.Preconditions.checkArgument;

import org.immutables.value.Value;

/**
 * Bounds on what reading a plan or policy file may cost, so that a hostile or broken file fails
 * fast with a {@link PlanFileException} instead of exhausting memory or time. The defaults are far
 * above any real plan: a plan of 100,000 people with ten elements each fits in the default size.
 *
 * <p>Every limit is checked while the file is parsed, before anything is built: the size before a
 * single token is read, the depth, aliases and values as they occur.
 */
@Value.Immutable
public abstract sealed class ReadLimits permits ImmutableReadLimits {

  /** The default {@link #maxBytes()}: 10 MiB. */
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** The default {@link #maxDepth()}: 64 levels. */
  public static final int DEFAULT_MAX_DEPTH = 64;

  /** The default {@link #maxAliases()}: 50, SnakeYAML's own default. */
  public static final int DEFAULT_MAX_ALIASES = 50;

  /** The default {@link #maxValues()}: 1,000,000. */
  public static final int DEFAULT_MAX_VALUES = 1_000_000;

  ReadLimits() {}

  /** The limits with every default. */
  public static ReadLimits defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadLimits}; every limit has a default. */
  public static final class Builder extends ImmutableReadLimits.Builder {
    Builder() {}
  }

  /**
   * The largest input accepted, in bytes of UTF-8: {@value #DEFAULT_MAX_BYTES} (10 MiB) by default.
   */
  @Value.Default
  public long maxBytes() {
    return DEFAULT_MAX_BYTES;
  }

  /**
   * The deepest nesting of objects and lists accepted, the top-level object counting as 1, and
   * counting what an alias stands for where it is used: {@value #DEFAULT_MAX_DEPTH} by default. A
   * plan file needs at most 10: a milestone of a key result's revised target.
   */
  @Value.Default
  public int maxDepth() {
    return DEFAULT_MAX_DEPTH;
  }

  /**
   * The most YAML aliases ({@code *name}) a document may use: {@value #DEFAULT_MAX_ALIASES} by
   * default.
   */
  @Value.Default
  public int maxAliases() {
    return DEFAULT_MAX_ALIASES;
  }

  /**
   * The most values (objects, lists and scalars) a document may hold once every alias is counted as
   * the value it stands for: {@value #DEFAULT_MAX_VALUES} by default. This is what stops an alias
   * "billion laughs" that keeps under {@link #maxAliases()}, and what bounds the memory a document
   * of {@link #maxBytes()} may take.
   */
  @Value.Default
  public int maxValues() {
    return DEFAULT_MAX_VALUES;
  }

  @Value.Check
  final void check() {
    checkArgument(maxBytes() > 0, "maxBytes must be above 0, got %s", maxBytes());
    checkArgument(maxDepth() > 0, "maxDepth must be above 0, got %s", maxDepth());
    checkArgument(maxAliases() >= 0, "maxAliases must be at least 0, got %s", maxAliases());
    checkArgument(maxValues() > 0, "maxValues must be above 0, got %s", maxValues());
  }
}
