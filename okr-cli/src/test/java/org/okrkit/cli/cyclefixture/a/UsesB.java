package org.okrkit.cli.cyclefixture.a;

import org.okrkit.cli.cyclefixture.b.UsesA;

/** Half of a package cycle that ArchitectureTest's package-cycle rule must find. */
public final class UsesB {
  private UsesB() {}

  /** Uses package b, which uses this package. */
  public static int size() {
    return UsesA.name().length();
  }
}
