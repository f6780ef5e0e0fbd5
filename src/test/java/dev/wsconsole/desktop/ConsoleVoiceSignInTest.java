package dev.wsconsole.desktop;

import static dev.wsconsole.desktop.ConsoleFixture.await;
import static dev.wsconsole.desktop.ConsoleFixture.awaitNode;
import static dev.wsconsole.desktop.ConsoleFixture.text;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.WorkspaceView;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.VoiceFixtures;
import dev.wsconsole.voice.Fixtures;
import dev.wsconsole.voice.capture.AudioSource;
import dev.wsconsole.voice.capture.WavFileSource;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Console sign-in with the voice step on (both gates): the passphrase dialog opens whenever the shell opens a
 * workspace the server keeps closed until the voice step (at sign-in and from the switcher), the server's
 * decision opens it or leaves it closed, and a missing microphone never locks the user out (the skip is
 * recorded). WAV files stand in for the microphone.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleVoiceSignInTest {
  private static TestApi api;
  private static UUID workspace;
  private final ConsoleFixture console = new ConsoleFixture();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("console_voice");
    UUID owner = api.user("owner@voice-console.test");
    workspace = api.workspace("voice-console", Environment.STAGING, owner);
    VoiceFixtures.enableVoice(api, workspace);
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  @Start
  void start(Stage stage) {
    console.show(stage, api, null, null, null);
  }

  @AfterEach
  void cleanUp() throws Exception {
    console.close();
  }

  @Test
  void theEnrolledSpeakerReadsThePassphraseAndTheShellOpens(FxRobot robot) throws Exception {
    String email = enrolledMember("speaker");
    console.window.useVoiceSource(wav("a_pass.wav"));
    submitPassword(robot, email);
    awaitNode(robot, "#voice-passphrase");
    await(() -> !robot.lookup("#voice-record").queryAs(Button.class).isDisabled());
    robot.clickOn("#voice-record");
    await(() -> !robot.lookup("#voice-continue").queryAs(Button.class).isDisabled());
    robot.clickOn("#voice-continue");
    awaitNode(robot, "#shell-role");
    await(() -> text(robot, "#shell-role").equals("Role: member"));
  }

  @Test
  void aSecondVoiceGatedWorkspaceAsksForTheVoiceStepWhenOpened(FxRobot robot) throws Exception {
    String email = memberOfTwoVoiceGatedClinics("two-clinics");
    console.window.useVoiceSource(wav("a_pass.wav"));
    submitPassword(robot, email);
    passVoiceStep(robot);
    await(() -> text(robot, "#shell-role").startsWith("Role: "));
    ComboBox<WorkspaceView> switcher = robot.lookup("#shell-workspace").queryComboBox();
    await(() -> switcher.getValue() != null && switcher.getItems().size() == 2);
    WorkspaceView other = switcher.getItems().stream().filter(w -> !w.id().equals(switcher.getValue().id()))
        .findFirst().orElseThrow();
    String roleThere = "Role: " + other.slug().substring(0, other.slug().indexOf('-'));
    robot.interact(() -> switcher.setValue(other));
    passVoiceStep(robot); // the dialog opens again, for the second workspace
    await(() -> text(robot, "#shell-role").equals(roleThere) && switcher.getValue().id().equals(other.id()));
  }

  @Test
  void aRefusedVoiceLeavesTheSecondWorkspaceClosedAndTheFirstOpen(FxRobot robot) throws Exception {
    String email = memberOfTwoVoiceGatedClinics("half-trusted");
    console.window.useVoiceSource(wav("a_pass.wav"));
    submitPassword(robot, email);
    passVoiceStep(robot);
    ComboBox<WorkspaceView> switcher = robot.lookup("#shell-workspace").queryComboBox();
    await(() -> switcher.getValue() != null && switcher.getItems().size() == 2);
    WorkspaceView open = switcher.getValue();
    WorkspaceView other = switcher.getItems().stream().filter(w -> !w.id().equals(open.id())).findFirst().orElseThrow();
    console.window.useVoiceSource(wav("b_pass.wav"));
    robot.interact(() -> switcher.setValue(other));
    awaitNode(robot, "#voice-passphrase");
    await(() -> !robot.lookup("#voice-record").queryAs(Button.class).isDisabled());
    robot.clickOn("#voice-record");
    await(() -> text(robot, "#voice-status").contains("sign in again"));
    robot.clickOn("#voice-cancel");
    await(() -> text(robot, "#shell-notice").contains(other.name() + " stays closed"));
    await(() -> switcher.getValue() != null && switcher.getValue().id().equals(open.id()));
    assertTrue(robot.lookup("#shell").tryQuery().isPresent(), "still signed in, in the first workspace");
  }

  @Test
  void aVoiceTheServerRefusesSignsTheSessionOut(FxRobot robot) throws Exception {
    String email = enrolledMember("impostor");
    console.window.useVoiceSource(wav("b_pass.wav"));
    submitPassword(robot, email);
    awaitNode(robot, "#voice-passphrase");
    await(() -> !robot.lookup("#voice-record").queryAs(Button.class).isDisabled());
    robot.clickOn("#voice-record");
    await(() -> text(robot, "#voice-status").contains("sign in again"));
    assertTrue(robot.lookup("#voice-continue").queryAs(Button.class).isDisabled());
    assertTrue(robot.lookup("#voice-record").queryAs(Button.class).isDisabled(), "no second try in this session");
    robot.clickOn("#voice-cancel");
    await(() -> text(robot, "#signin-message").contains("did not confirm"));
    assertTrue(robot.lookup("#shell").tryQuery().isEmpty());
  }

  @Test
  void withoutAMicrophoneSignInGoesOnWithANote(FxRobot robot) throws Exception {
    String email = enrolledMember("nomic");
    console.window.useVoiceSource((rate, size, overlap) -> {
      throw new IllegalArgumentException("No line matching interface TargetDataLine is supported.");
    });
    submitPassword(robot, email);
    awaitNode(robot, "#voice-passphrase");
    await(() -> !robot.lookup("#voice-record").queryAs(Button.class).isDisabled());
    robot.clickOn("#voice-record");
    await(() -> text(robot, "#voice-status").contains("No microphone"));
    robot.clickOn("#voice-continue");
    awaitNode(robot, "#shell-role");
    assertTrue(api.auditTrail(workspace).stream().anyMatch(l -> l.startsWith("voiceprint.skip")));
  }

  private static void passVoiceStep(FxRobot robot) throws Exception {
    awaitNode(robot, "#voice-passphrase");
    await(() -> !robot.lookup("#voice-record").queryAs(Button.class).isDisabled());
    robot.clickOn("#voice-record");
    await(() -> !robot.lookup("#voice-continue").queryAs(Button.class).isDisabled());
    robot.clickOn("#voice-continue");
    await(() -> robot.lookup("#voice-passphrase").tryQuery().isEmpty());
  }

  private static void submitPassword(FxRobot robot, String email) throws Exception {
    awaitNode(robot, "#signin-email");
    robot.clickOn("#signin-email").write(email);
    robot.clickOn("#signin-password").write(TestApi.PASSWORD);
    robot.clickOn("#signin-submit");
  }

  private static String enrolledMember(String label) {
    String email = label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@voice-console.test";
    UUID user = api.user(email);
    api.member(workspace, user, Role.MEMBER);
    VoiceFixtures.enrolDirectly(api, workspace, user);
    return email;
  }

  /**
   * A member of two fresh voice-gated workspaces (a member in one, a viewer in the other; each slug starts with
   * the role), enrolled alone in each so no look-alike voiceprints skew the scoring cohort.
   */
  private static String memberOfTwoVoiceGatedClinics(String label) {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String email = label + "-" + tag + "@voice-console.test";
    UUID user = api.user(email);
    UUID owner = api.user("owner-" + label + "-" + tag + "@voice-console.test");
    for (Role role : new Role[] {Role.MEMBER, Role.VIEWER}) {
      UUID ws = api.workspace(role.wireName() + "-" + label + "-" + tag, Environment.STAGING, owner);
      api.member(ws, user, role);
      VoiceFixtures.enableVoice(api, ws);
      VoiceFixtures.enrolDirectly(api, ws, user);
    }
    return email;
  }

  private static AudioSource wav(String name) {
    return new WavFileSource(Fixtures.path(name).toFile());
  }
}
