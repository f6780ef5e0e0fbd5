package dev.wsconsole.desktop.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import dev.wsconsole.desktop.client.VoiceApi;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.VoiceFixtures;
import dev.wsconsole.voice.Fixtures;
import dev.wsconsole.voice.capture.AudioSource;
import dev.wsconsole.voice.capture.WavFileSource;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The voice dialogs under headless TestFX against the real backend, with WAV files fed through the
 * same TarsosDSP capture pipeline the microphone uses (a source that cannot open plays the absent one).
 */
@ExtendWith(ApplicationExtension.class)
class VoiceDialogTest {
  private static TestApi api;
  private static UUID workspace;
  private static UUID owner;
  private Stage stage;
  private ExecutorService background;

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("voice_dialog");
    owner = api.user("voice-dialog-owner@example.org");
    workspace = api.workspace("voice-dialog-clinic", Environment.STAGING, owner);
    VoiceFixtures.enableVoice(api, workspace);
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  @Start
  void start(Stage stage) {
    Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    this.stage = stage;
    background = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "voice-dialog-test");
      t.setDaemon(true);
      return t;
    });
    stage.setScene(new Scene(new Label("voice"), 600, 400));
    stage.setX(0);
    stage.setY(0);
    stage.show();
  }

  @AfterEach
  void stopBackground() throws Exception {
    background.shutdownNow();
    background.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void theEnrolledSpeakerReadingThePassphraseIsVerified(FxRobot robot) {
    VoiceSignInViewModel vm = signIn(robot, enrolledMember("verified"), wav("a_pass.wav"));
    AtomicReference<Double> loudest = new AtomicReference<>(0.0);
    vm.levelProperty().addListener((o, was, now) -> loudest.accumulateAndGet(now.doubleValue(), Math::max));
    await(vm, VoiceStep.READY);
    assertFalse(text(robot, "#voice-passphrase").isBlank(), "a passphrase to read");
    robot.clickOn("#voice-record");
    await(vm, VoiceStep.VERIFIED);
    assertTrue(loudest.get() > 0.2, "the level meter moved while recording: " + loudest.get());
    assertFalse(robot.lookup("#voice-continue").queryAs(Button.class).isDisabled());
  }

  @Test
  void anotherSpeakerIsRefusedAndTheWorkspaceStaysClosedToTheSession(FxRobot robot) throws Exception {
    String token = api.signIn(enrolledMember("impostor"));
    VoiceSignInViewModel vm = show(robot, new VoiceApi(api.baseUrl(), token, workspace), wav("b_pass.wav"));
    await(vm, VoiceStep.READY);
    robot.clickOn("#voice-record");
    await(vm, VoiceStep.REJECTED);
    assertTrue(text(robot, "#voice-status").contains("sign in again"), text(robot, "#voice-status"));
    assertTrue(robot.lookup("#voice-continue").queryAs(Button.class).isDisabled(), "no way past a refusal");
    assertTrue(robot.lookup("#voice-record").queryAs(Button.class).isDisabled(), "no second try in this session");
    TestApi.Answer data = api.get("/v1/" + workspace + "/members/me", token);
    assertEquals(403, data.status(), data.text());
    assertEquals("voice_verification_failed", data.json().get("code").asText());
  }

  @Test
  void silenceAsksTheSpeakerToReadAloud(FxRobot robot) throws Exception {
    VoiceSignInViewModel vm = signIn(robot, enrolledMember("silent"), wav("silence.wav"));
    await(vm, VoiceStep.READY);
    robot.clickOn("#voice-record");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#voice-status").contains("No speech"));
    assertEquals(VoiceStep.READY, vm.stepProperty().get());
  }

  @Test
  void withoutAMicrophoneSignInGoesOnAndTheSkipIsAudited(FxRobot robot) throws Exception {
    AudioSource absent = (rate, size, overlap) -> {
      throw new IllegalArgumentException("No line matching interface TargetDataLine is supported.");
    };
    VoiceSignInViewModel vm = signIn(robot, enrolledMember("nomic"), absent);
    await(vm, VoiceStep.READY);
    robot.clickOn("#voice-record");
    await(vm, VoiceStep.SKIPPED);
    assertTrue(text(robot, "#voice-status").contains("No microphone"));
    assertFalse(robot.lookup("#voice-continue").queryAs(Button.class).isDisabled(), "sign-in proceeds");
    assertTrue(api.auditTrail(workspace).stream().anyMatch(line -> line.startsWith("voiceprint.skip")),
        "the skip is in the audit log: " + api.auditTrail(workspace));
  }

  @Test
  void withTheWorkspaceGateOffThereIsNoVoiceStep(FxRobot robot) throws Exception {
    UUID other = api.workspace("voice-dialog-off-" + UUID.randomUUID().toString().substring(0, 8),
        Environment.STAGING, owner);
    VoiceFixtures.setWorkspaceVoice(api, other, false);
    VoiceSignInViewModel vm = show(robot, new VoiceApi(api.baseUrl(), api.signIn("voice-dialog-owner@example.org"),
        other), wav("a_pass.wav"));
    await(vm, VoiceStep.NOT_REQUIRED);
    assertTrue(robot.lookup("#voice-record").queryAs(Button.class).isDisabled());
  }

  @Test
  void enrolmentFromTwoPassagesStoresAVoiceprint(FxRobot robot) throws Exception {
    String email = member("enrol");
    VoiceApi voice = new VoiceApi(api.baseUrl(), api.signIn(email), workspace);
    assertFalse(voice.policy().enrolled());
    AtomicInteger opened = new AtomicInteger();
    List<String> files = List.of("a_enroll1.wav", "a_enroll2.wav");
    AudioSource passages = (rate, size, overlap) ->
        wav(files.get(opened.getAndIncrement())).open(rate, size, overlap);
    VoiceEnrolmentViewModel vm = new VoiceEnrolmentViewModel(voice, passages,
        EnrolmentPassages.DEFAULT.subList(0, 2), background, Platform::runLater);
    robot.interact(() -> {
      stage.setScene(new Scene(new VoiceEnrolmentPane(vm, () -> { })));
      stage.sizeToScene();
    });
    robot.clickOn("#enrol-record");
    waitUntil(() -> vm.passageIndexProperty().get() == 1 && vm.stepProperty().get() == VoiceEnrolmentViewModel.Step.READY,
        () -> vm.stepProperty().get() + ": " + vm.messageProperty().get());
    assertEquals("Passage 2 of 2", text(robot, "#enrol-counter"));
    robot.clickOn("#enrol-record");
    awaitEnrolment(vm, VoiceEnrolmentViewModel.Step.ENROLLED);
    assertTrue(voice.policy().enrolled(), "the server holds a voiceprint now");
  }

  private VoiceSignInViewModel signIn(FxRobot robot, String email, AudioSource source) {
    return show(robot, new VoiceApi(api.baseUrl(), api.signIn(email), workspace), source);
  }

  private VoiceSignInViewModel show(FxRobot robot, VoiceApi voice, AudioSource source) {
    VoiceSignInViewModel vm = new VoiceSignInViewModel(voice, source, background, Platform::runLater);
    Parent pane = new VoiceSignInPane(vm, step -> { });
    robot.interact(() -> {
      stage.setScene(new Scene(pane));
      stage.sizeToScene();
    });
    vm.start();
    return vm;
  }

  /** A member with speaker A's voiceprint stored the product's way; returns the email. */
  private static String enrolledMember(String label) {
    String email = member(label);
    VoiceFixtures.enrolDirectly(api, workspace, api.backend.users().byEmail(email).orElseThrow().id());
    return email;
  }

  private static String member(String label) {
    String email = "voice-" + label + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    api.member(workspace, api.user(email), Role.MEMBER);
    return email;
  }

  private static WavFileSource wav(String name) {
    return new WavFileSource(Fixtures.path(name).toFile());
  }

  private static String text(FxRobot robot, String id) {
    return robot.lookup(id).queryAs(Label.class).getText();
  }

  private static void await(VoiceSignInViewModel vm, VoiceStep step) {
    waitUntil(() -> vm.stepProperty().get() == step, () -> vm.stepProperty().get() + ": " + vm.messageProperty().get());
  }

  private static void awaitEnrolment(VoiceEnrolmentViewModel vm, VoiceEnrolmentViewModel.Step step) {
    waitUntil(() -> vm.stepProperty().get() == step, () -> vm.stepProperty().get() + ": " + vm.messageProperty().get());
  }

  private static void waitUntil(java.util.concurrent.Callable<Boolean> condition, java.util.function.Supplier<String> state) {
    try {
      WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("waited 20 s; now " + state.get());
    }
  }
}
