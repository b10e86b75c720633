package org.okrkit.cli.cyclefixture.b;

import org.okrkit.cli.cyclefixture.a.UsesB;

/** The other half of a package cycle that ArchitectureTest's package-cycle rule must find. */
public final class UsesA {
  private UsesA() {}

  /** A name. */
  public static String name() {
    return "a";
  }

  /** Uses package a, which uses this package. */
  public static int twice() {
    return 2 * UsesB.size();
  }
}
