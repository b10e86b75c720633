package org.okrkit.simulation.io;

import java.nio.file.Path;

/**
 * {@link SpecFileResolver#anyPath(Path)}: any path, relative ones against a folder.
 *
 * @param base the folder relative names are resolved against, as given
 */
record AnyPath(Path base) implements SpecFileResolver {

  @Override
  public Path resolve(String name) {
    return base.resolve(name);
  }

  /** {@code anyPath(/home/ann/plans)}. */
  @Override
  public String toString() {
    return "anyPath(" + base + ")";
  }
}
