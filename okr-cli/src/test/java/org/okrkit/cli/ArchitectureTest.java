package org.okrkit.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module graph and the rules of the packages, checked on the main classes of every module this
 * one sees (all published modules): okr-core ← okr-scoring ← {okr-alignment, okr-io,
 * okr-simulation} ← okr-simulation-io ← okr-cli, with okr-io also on okr-alignment and
 * okr-simulation-io on okr-io and okr-simulation, which do not depend on each other; okr-formula on
 * okr-scoring (and okr-core) alone, never on okr-io, which finds it as a service; okr-testing, the
 * contract kits for hosts' tests, on okr-core, okr-scoring and okr-alignment, and no main code on
 * it; okr-spark on okr-core, okr-scoring, okr-alignment and okr-simulation (never on okr-io or
 * okr-simulation-io, whose Jackson would meet Spark's), and nothing on it; no cycles between
 * modules; an {@code internal} package used only inside its own module.
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
        .whereLayer("scoring")
        .mayOnlyAccessLayers("core")
        .whereLayer("alignment")
        .mayOnlyAccessLayers("core", "scoring")
        .whereLayer("io")
        .mayOnlyAccessLayers("core", "scoring", "alignment")
        .whereLayer("simulation")
        .mayOnlyAccessLayers("core", "scoring")
        .whereLayer("simulationIo")
        .mayOnlyAccessLayers("core", "scoring", "alignment", "io", "simulation")
        .whereLayer("formula")
        .mayOnlyAccessLayers("core", "scoring")
        .whereLayer("formula")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("spark")
        .mayOnlyAccessLayers("core", "scoring", "alignment", "simulation")
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
