package org.okrkit.simulation.io;

import java.nio.file.Path;

/**
 * Where the plan and policy files that a simulation spec names are read from: the file a name
 * stands for, or a refusal. The host that reads specs decides, so that a server reading its
 * tenants' specs cannot be led to other files.
 *
 * <ul>
 *   <li>{@link #within(Path)}, the default of {@link SimulationFiles}: files in the spec's own
 *       folder and below; an absolute path, or one that leads out of the folder with {@code ..} or
 *       through a symbolic link, is refused.
 *   <li>{@link #anyPath(Path)}: any path, relative ones against a folder; for a command line, which
 *       reads whatever its user may read.
 * </ul>
 *
 * <p>A refusal is an {@link IllegalArgumentException} whose message says which name, why and what
 * is allowed; reading a spec reports it at the field that names the file, with its line and column.
 * The built-in resolvers are immutable values, equal when their folders are, shown with their
 * folder ({@code within(/srv/specs)}), and safe to use from several threads at once; a host's own
 * resolver should be too, since one may serve many reads.
 */
@FunctionalInterface
public interface SpecFileResolver {

  /**
   * The file that {@code name} stands for, to be read as a plan or policy file.
   *
   * @param name the file's name as the spec writes it: {@code marketing.yaml}, {@code
   *     policies/q3.yaml}
   * @throws IllegalArgumentException if the name is not allowed, with a message that says why and
   *     what is allowed
   */
  Path resolve(String name);

  /**
   * Files in {@code folder} and below: a name is a relative path, resolved against the folder (made
   * absolute now) and normalised, which must stay inside it; where the file exists, so must its
   * real path, so that a symbolic link cannot lead out either. An absolute path, or a path that
   * leads out of the folder, is refused.
   *
   * <p>The check is made when a name is resolved; a file swapped for a link between that moment and
   * its reading is not caught, so a folder others may change while a spec is read needs more than
   * this.
   */
  static SpecFileResolver within(Path folder) {
    return new WithinFolder(folder.toAbsolutePath().normalize());
  }

  /**
   * Any path: a relative name resolved against {@code base}, an absolute one as it is. For a host
   * whose specs come from a user who may read any file anyway, such as a command line.
   */
  static SpecFileResolver anyPath(Path base) {
    return new AnyPath(base);
  }
}
