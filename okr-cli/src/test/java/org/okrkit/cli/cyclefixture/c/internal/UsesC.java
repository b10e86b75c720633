package org.okrkit.cli.cyclefixture.c.internal;

import org.okrkit.cli.cyclefixture.c.UsesInternal;

/** An internal package that uses the package it sits in: allowed. */
public final class UsesC {
  private UsesC() {}

  /** Uses the package around this one. */
  public static int size() {
    return UsesInternal.name().length();
  }
}
