package org.newsgraph;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies go one way: cli → serve → store → graph → link/resolve → extract → nlp → ingest. */
class ArchitectureTest {

  static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.newsgraph");

  @Test
  void nothingOutsideTheCliDependsOnTheCli() {
    noClasses().that().resideOutsideOfPackage("org.newsgraph.cli..")
        .should().dependOnClassesThat().resideInAPackage("org.newsgraph.cli..")
        .check(MAIN);
  }

  @Test
  void textStagesUseNoRdf() {
    noClasses().that().resideInAnyPackage(
            "org.newsgraph.ingest..", "org.newsgraph.nlp..", "org.newsgraph.extract..",
            "org.newsgraph.resolve..", "org.newsgraph.link..")
        .should().dependOnClassesThat().resideInAPackage("org.apache.jena..")
        .check(MAIN);
  }

  @Test
  void extractionDoesNotReachForward() {
    noClasses().that().resideInAnyPackage("org.newsgraph.ingest..", "org.newsgraph.nlp..", "org.newsgraph.extract..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.newsgraph.resolve..", "org.newsgraph.graph..", "org.newsgraph.store..", "org.newsgraph.serve..")
        .check(MAIN);
  }
}
