package dev.wsconsole;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The seams of docs/ARCHITECTURE.md. Every rule must match classes: ArchUnit fails a rule whose subject is
 * empty, so a renamed package cannot make a rule pass by holding nothing.
 */
@AnalyzeClasses(packages = "dev.wsconsole", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule modelIsPlainVocabulary = classes().that().resideInAPackage("dev.wsconsole.model..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.wsconsole.model..",
          "com.fasterxml.jackson..");

  @ArchTest
  static final ArchRule voiceNeedsNoUiDatabaseOrHttp = classes().that().resideInAPackage("dev.wsconsole.voice..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sound..", "be.tarsos..",
          "dev.wsconsole.voice..", "dev.wsconsole.model..");

  @ArchTest
  static final ArchRule serverNeverImportsUi = noClasses().that().resideInAPackage("dev.wsconsole.server..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.wsconsole.desktop..", "okhttp3..",
          "atlantafx..");

  @ArchTest
  static final ArchRule desktopGoesThroughHttp = noClasses().that().resideInAPackage("dev.wsconsole.desktop..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.wsconsole.server..", "java.sql..", "javax.sql..",
          "org.jdbi..", "org.postgresql..", "com.zaxxer..", "org.flywaydb..", "io.javalin..");

  @ArchTest
  static final ArchRule onlyTheClientSpeaksHttpAndJson = noClasses().that().resideInAPackage("dev.wsconsole.desktop..")
      .and().resideOutsideOfPackage("dev.wsconsole.desktop.client..")
      .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "com.fasterxml.jackson.databind..");

  @ArchTest
  static final ArchRule viewModelsDoNotTouchScenes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
      .should().dependOnClassesThat().resideInAPackage("javafx.scene..");

  @ArchTest
  static final ArchRule onlyStoresTouchJdbc = noClasses().that().resideOutsideOfPackage("dev.wsconsole.server.db..")
      .and().haveSimpleNameNotEndingWith("Store")
      .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.jdbi..",
          "com.zaxxer..", "org.flywaydb..", "org.postgresql..");

  @ArchTest
  static final ArchRule onlyTheLauncherReachesAcrossToStartTheServer = noClasses()
      .that().resideOutsideOfPackages("dev.wsconsole.server..")
      .and().doNotHaveFullyQualifiedName("dev.wsconsole.Launcher")
      .and().doNotHaveSimpleName("Main")
      .should().dependOnClassesThat().resideInAPackage("dev.wsconsole.server..");

  @ArchTest
  static final ArchRule theDesktopIsHandedItsBackendNeverStartsIt = noClasses()
      .that().resideInAPackage("dev.wsconsole.desktop..")
      .should().dependOnClassesThat().haveFullyQualifiedName("dev.wsconsole.Main")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("dev.wsconsole.Launcher");

  @ArchTest
  static final ArchRule pagesCallTheServerThroughTypedFacetsOnly = noClasses()
      .that().resideInAPackage("dev.wsconsole.desktop..")
      .and().resideOutsideOfPackage("dev.wsconsole.desktop.client..")
      .should().dependOnClassesThat().haveFullyQualifiedName("dev.wsconsole.desktop.client.JsonHttp");

  @ArchTest
  static final ArchRule viewModelsHoldNoWindowsOrStages = noClasses().that().haveSimpleNameEndingWith("ViewModel")
      .should().dependOnClassesThat().resideInAnyPackage("javafx.stage..", "javafx.fxml..", "atlantafx..");

  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("dev.wsconsole.(**)").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule storesNeverImportTheHttpLayer = noClasses().that().haveSimpleNameEndingWith("Store")
      .and().resideInAPackage("dev.wsconsole.server..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.wsconsole.server.http..", "io.javalin..",
          "jakarta.servlet..");

  @ArchTest
  static final ArchRule theHttpFrameworkKnowsNoResource = classes().that().resideInAPackage("dev.wsconsole.server.http..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.javalin..", "jakarta.servlet..",
          "org.eclipse.jetty..", "com.fasterxml.jackson..", "org.slf4j..", "dev.wsconsole.model..", "dev.wsconsole.server.core..",
          "dev.wsconsole.server.http..");

  @ArchTest
  static final ArchRule theSharedCoreKnowsNoFeature = classes().that().resideInAPackage("dev.wsconsole.server.core..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "com.fasterxml.jackson..",
          "dev.wsconsole.model..", "dev.wsconsole.server.core..");

  @ArchTest
  static final ArchRule onlyTheEdgeReachesTheCompositionRoot = classes()
      .that().resideInAPackage("dev.wsconsole.server.app..")
      .should().onlyBeAccessed().byClassesThat(JavaClass.Predicates.resideInAnyPackage("dev.wsconsole.server.app..",
          "dev.wsconsole.server.cli..", "dev.wsconsole.server.demo..")
          .or(JavaClass.Predicates.belongToAnyOf(Main.class)));

  @ArchTest
  static final ArchRule onlyTheEdgeReadsTheEnvironment = noClasses().that().resideInAPackage("dev.wsconsole.server..")
      .and().resideOutsideOfPackage("dev.wsconsole.server.cli..")
      .should().callMethod(System.class, "getenv")
      .orShould().callMethod(System.class, "getenv", String.class);
}
