package dev.wsconsole;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The seams of ARCHITECTURE.md, held from day one (rules on packages not written yet may match nothing). */
@AnalyzeClasses(packages = "dev.wsconsole", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule modelIsPlainVocabulary = classes().that().resideInAPackage("dev.wsconsole.model..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.wsconsole.model..",
          "com.fasterxml.jackson.annotation..")
      .allowEmptyShould(true);

  @ArchTest
  static final ArchRule voiceNeedsNoUiDatabaseOrHttp = classes().that().resideInAPackage("dev.wsconsole.voice..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.sound..", "be.tarsos..",
          "dev.wsconsole.voice..", "dev.wsconsole.model..")
      .allowEmptyShould(true);

  @ArchTest
  static final ArchRule serverNeverImportsUi = noClasses().that().resideInAPackage("dev.wsconsole.server..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.wsconsole.desktop..", "okhttp3..",
          "atlantafx..");

  @ArchTest
  static final ArchRule desktopGoesThroughHttp = noClasses().that().resideInAPackage("dev.wsconsole.desktop..")
      .should().dependOnClassesThat().resideInAnyPackage("dev.wsconsole.server..", "java.sql..", "javax.sql..",
          "org.jdbi..", "org.postgresql..", "com.zaxxer..", "org.flywaydb..", "io.javalin..")
      .allowEmptyShould(true);

  @ArchTest
  static final ArchRule onlyTheClientSpeaksHttpAndJson = noClasses().that().resideInAPackage("dev.wsconsole.desktop..")
      .and().resideOutsideOfPackage("dev.wsconsole.desktop.client..")
      .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "com.fasterxml.jackson.databind..")
      .allowEmptyShould(true);

  @ArchTest
  static final ArchRule viewModelsDoNotTouchScenes = noClasses().that().haveSimpleNameEndingWith("ViewModel")
      .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
      .allowEmptyShould(true);

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
      .should().dependOnClassesThat().resideInAPackage("dev.wsconsole.server..")
      .allowEmptyShould(true);

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
}
