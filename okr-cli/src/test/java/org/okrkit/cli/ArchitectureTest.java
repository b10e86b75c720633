package org.okrkit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph and the rules of the packages, checked on the main classes of every module this
 * one sees (all published modules): okr-core ← okr-tables (plan tables, on okr-core alone, used by
 * okr-io); okr-core ← okr-scoring ← {okr-alignment, okr-io, okr-simulation} ← okr-simulation-io ←
 * okr-cli, with okr-io also on okr-alignment and okr-simulation-io on okr-io and okr-simulation,
 * which do not depend on each other; okr-formula on okr-scoring (and okr-core) alone, never on
 * okr-io, which finds it as a service; okr-testing, the contract kits for hosts' tests, on
 * okr-core, okr-scoring and okr-alignment, and no main code on it; okr-spark on okr-core,
 * okr-tables, okr-scoring, okr-alignment and okr-simulation (never on okr-io or okr-simulation-io,
 * whose Jackson would meet Spark's), and nothing on it; no cycles between modules, nor between
 * packages; an {@code internal} package used only inside its own module.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ArchitectureTest::notATestJar)
            .importPackages("org.okrkit");
  }

  private static boolean notATestJar(Location location) {
    return !location.contains("-tests.jar");
  }

  @Test
  void everyModuleSeesOnlyTheModulesBelowIt() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("core")
        .definedBy("org.okrkit.core..")
        .layer("tables")
        .definedBy("org.okrkit.tables..")
        .layer("scoring")
        .definedBy("org.okrkit.scoring..")
        .layer("alignment")
        .definedBy("org.okrkit.alignment..")
        .layer("io")
        .definedBy("org.okrkit.io..")
        .layer("simulation")
        .definedBy("org.okrkit.simulation", "org.okrkit.simulation.internal..")
        .layer("simulationIo")
        .definedBy("org.okrkit.simulation.io..")
        .layer("formula")
        .definedBy("org.okrkit.formula..")
        .layer("spark")
        .definedBy("org.okrkit.spark..")
        .layer("cli")
        .definedBy("org.okrkit.cli..")
        .layer("testing")
        .definedBy("org.okrkit.testing..")
        .whereLayer("core")
        .mayNotAccessAnyLayer()
        .whereLayer("tables")
        .mayOnlyAccessLayers("core")
        .whereLayer("scoring")
        .mayOnlyAccessLayers("core")
        .whereLayer("alignment")
        .mayOnlyAccessLayers("core", "scoring")
        .whereLayer("io")
        .mayOnlyAccessLayers("core", "tables", "scoring", "alignment")
        .whereLayer("simulation")
        .mayOnlyAccessLayers("core", "scoring")
        .whereLayer("simulationIo")
        .mayOnlyAccessLayers("core", "tables", "scoring", "alignment", "io", "simulation")
        .whereLayer("formula")
        .mayOnlyAccessLayers("core", "scoring")
        .whereLayer("formula")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("spark")
        .mayOnlyAccessLayers("core", "tables", "scoring", "alignment", "simulation")
        .whereLayer("spark")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("cli")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("testing")
        .mayOnlyAccessLayers("core", "scoring", "alignment")
        .whereLayer("testing")
        .mayNotBeAccessedByAnyLayer()
        .check(classes);
  }

  @Test
  void theModulesFormNoCycle() {
    slices().matching("org.okrkit.(*)..").should().beFreeOfCycles().check(classes);
  }

  /**
   * Each package of okrkit as one slice, an {@code internal} package (and its subpackages) counted
   * with the package it sits in: {@code org.okrkit.core.internal} is part of {@code
   * org.okrkit.core}, so the two may use each other, while {@code org.okrkit.core.text} is a slice
   * of its own.
   */
  static final SliceAssignment PACKAGES =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String name = javaClass.getPackageName();
          if (!name.equals("org.okrkit") && !name.startsWith("org.okrkit.")) {
            return SliceIdentifier.ignore();
          }
          int internal = (name + ".").indexOf(".internal.");
          return SliceIdentifier.of(internal < 0 ? name : name.substring(0, internal));
        }

        @Override
        public String getDescription() {
          return "the packages of okrkit, each with its internal packages";
        }
      };

  /**
   * The one package cycle that stays: {@code org.okrkit.io.document}, the document machinery other
   * modules build file formats on, names these types of {@code org.okrkit.io} in its API (the
   * format, the read limits, and the exception with its problems that a document's problems
   * become), while {@code org.okrkit.io} reads and writes plans and policies inside such documents
   * ({@code PlanFiles.decode(Node, ...)}); and {@code DocumentWriter} writes through okr-io's
   * internal {@code GeneratorWriter}, the one writer of okrkit's files. Breaking it means moving
   * these public types of okr-io's main package, an API decision of its own. Any other use of
   * {@code org.okrkit.io} or its internal package by the document package still counts as a cycle.
   */
  static final Set<String> DOCUMENT_USES_OF_IO =
      Set.of(
          "org.okrkit.io.FileProblem",
          "org.okrkit.io.Format",
          "org.okrkit.io.PlanFileException",
          "org.okrkit.io.ReadLimits",
          "org.okrkit.io.RecordFormat",
          "org.okrkit.io.internal.GeneratorWriter");

  static ArchRule packagesFormNoCycle() {
    return slices()
        .assignedFrom(PACKAGES)
        .should()
        .beFreeOfCycles()
        .ignoreDependency(
            DescribedPredicate.describe(
                "in org.okrkit.io.document",
                (JavaClass c) -> c.getPackageName().equals("org.okrkit.io.document")),
            DescribedPredicate.describe(
                "one of " + DOCUMENT_USES_OF_IO,
                (JavaClass c) -> DOCUMENT_USES_OF_IO.contains(c.getName())));
  }

  @Test
  void thePackagesFormNoCycle() {
    packagesFormNoCycle().check(classes);
  }

  @Test
  void thePackageCycleRuleFindsACycle() {
    // two test packages that use each other, and one beside its internal package
    JavaClasses fixture =
        new ClassFileImporter()
            .importClasses(
                org.okrkit.cli.cyclefixture.a.UsesB.class,
                org.okrkit.cli.cyclefixture.b.UsesA.class,
                org.okrkit.cli.cyclefixture.c.UsesInternal.class,
                org.okrkit.cli.cyclefixture.c.internal.UsesC.class);
    AssertionError error =
        assertThrows(AssertionError.class, () -> packagesFormNoCycle().check(fixture));
    String message = error.getMessage();
    assertTrue(message.contains("Slice org.okrkit.cli.cyclefixture.a ->"), message);
    assertTrue(message.contains("Slice org.okrkit.cli.cyclefixture.b ->"), message);
    // c and c.internal are one slice: their mutual use is no cycle
    assertFalse(message.contains("cyclefixture.c"), message);
  }

  @Test
  void internalPackagesAreUsedOnlyInsideTheirModule() {
    for (String module : new String[] {"core", "scoring", "io", "simulation"}) {
      String[] inside =
          module.equals("simulation")
              ? new String[] {"org.okrkit.simulation", "org.okrkit.simulation.internal.."}
              : new String[] {"org.okrkit." + module + ".."};
      noClasses()
          .that()
          .resideOutsideOfPackages(inside)
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.okrkit." + module + ".internal..")
          .because("an internal package is part of its module's implementation")
          .check(classes);
    }
  }

  @Test
  void theRulesSeeEveryModule() {
    for (String p :
        new String[] {
          "core",
          "tables",
          "scoring",
          "alignment",
          "io",
          "simulation",
          "simulation.io",
          "formula",
          "spark",
          "cli",
          "testing"
        }) {
      assertFalse(
          classes
              .that(
                  DescribedPredicate.describe(
                      "in org.okrkit." + p, c -> c.getPackageName().startsWith("org.okrkit." + p)))
              .isEmpty(),
          p);
    }
  }
}
