package org.okrkit.simulation.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@link SpecFileResolver#within(Path)}: files in a folder and below.
 *
 * @param folder the folder, absolute and normalised
 */
record WithinFolder(Path folder) implements SpecFileResolver {

  @Override
  public Path resolve(String name) {
    Path path;
    try {
      path = folder.getFileSystem().getPath(name);
    } catch (InvalidPathException e) {
      throw refused("'" + name + "' is not a valid path (" + e.getReason() + ")");
    }
    if (path.isAbsolute() || path.getRoot() != null) {
      throw refused("'" + name + "' is an absolute path");
    }
    Path resolved = folder.resolve(path).normalize();
    if (!resolved.startsWith(folder)) {
      throw refused("'" + name + "' leads out of " + folder);
    }
    if (Files.exists(resolved)) {
      Path real;
      Path realFolder;
      try {
        real = resolved.toRealPath();
        realFolder = folder.toRealPath();
      } catch (IOException e) {
        // reading the file reports what is wrong with it
        return resolved;
      }
      if (!real.startsWith(realFolder)) {
        throw refused("'" + name + "' leads out of " + folder + " through a symbolic link");
      }
    }
    return resolved;
  }

  private IllegalArgumentException refused(String why) {
    return new IllegalArgumentException(
        why + "; expected a relative path to a file in " + folder + " or below");
  }

  /** {@code within(/srv/specs)}. */
  @Override
  public String toString() {
    return "within(" + folder + ")";
  }
}
