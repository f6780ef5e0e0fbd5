package dev.wsconsole.voice;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class VoiceArchitectureTest {
  private final JavaClasses classes = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.wsconsole.voice");

  @Test
  void voiceNeedsNoUiDatabaseOrHttp() {
    classes().that().resideInAPackage("dev.wsconsole.voice..")
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "javax.sound..", "be.tarsos..", "dev.wsconsole.model..", "dev.wsconsole.voice..")
        .check(classes);
  }
}
