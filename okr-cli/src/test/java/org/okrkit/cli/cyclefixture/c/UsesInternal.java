package org.okrkit.cli.cyclefixture.c;

import org.okrkit.cli.cyclefixture.c.internal.UsesC;

/** A package that uses its internal package, which uses it back: allowed. */
public final class UsesInternal {
  private UsesInternal() {}

  /** A name. */
  public static String name() {
    return "c";
  }

  /** Uses the internal package. */
  public static int twice() {
    return 2 * UsesC.size();
  }
}
