package dev.wsconsole.server.voiceprint;

import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.world.WorldStore;
import dev.wsconsole.voice.SpeakerVerifier;
import dev.wsconsole.voice.model.BackgroundModel;
import dev.wsconsole.voice.passphrase.PassphraseGenerator;
import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.security.SecureRandom;

/**
 * The server's voice sign-in parts, wired once: the environment switch, the shared verifier, the stores and the
 * gate of the voice step.
 */
public final class VoiceSignIn {
  public final VoiceAuthSwitch environmentSwitch;
  public final SpeakerVerifier verifier;
  public final VoiceprintStore voiceprints;
  public final VoiceChallengeStore challenges;
  public final VoiceAttemptStore attempts;
  /** Each sign-in session's voice step per workspace, and the gate that enforces it. */
  public final VoiceStepStore steps;
  public final VoiceStepGate stepGate;
  final PassphraseGenerator phrases = new PassphraseGenerator(new SecureRandom());
  /** Names the model a voiceprint needs: method, feature version and background-model checksum. */
  public final String modelId;
  /** Feature dimensions of the speaker model. */
  public final int dimensions;

  public VoiceSignIn(TenantTx tx, VoiceAuthSwitch environmentSwitch, WorldStore world) {
    BackgroundModel model = BackgroundModel.loadDefault();
    this.environmentSwitch = environmentSwitch;
    this.verifier = new SpeakerVerifier(model);
    this.voiceprints = new VoiceprintStore(tx, world);
    this.challenges = new VoiceChallengeStore(tx);
    this.attempts = new VoiceAttemptStore(tx);
    this.steps = new VoiceStepStore(tx);
    this.stepGate = new VoiceStepGate(environmentSwitch, steps, voiceprints);
    this.modelId = "gmm-ubm-map/f" + VoiceDefaults.FEATURE_VERSION + "/" + Long.toHexString(model.id());
    this.dimensions = model.ubm().dimension();
  }
}
