package dev.wsconsole.server.voiceprint;

import dev.wsconsole.model.wire.VoicePolicy;
import dev.wsconsole.model.wire.VoiceprintViews;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.voice.VerificationResult;
import dev.wsconsole.voice.VoiceDecision;
import dev.wsconsole.voice.features.UnreadableAudioException;
import dev.wsconsole.voice.replay.ReplayDetector;
import dev.wsconsole.voice.replay.ReplayFingerprinter;
import java.util.Locale;
import java.util.UUID;

/**
 * HTTP handlers of voice sign-in: a passphrase challenge, verification of the recording against the caller's
 * voiceprint (the server decides, with the workspace's threshold) and the client's report of a skipped step.
 */
public final class VoiceVerifyHandlers {
  private final VoiceprintHandlers voiceprints;
  private final VoiceSignIn voice;
  private final VoiceAudit audit;

  public VoiceVerifyHandlers(AuditStore audit, VoiceSignIn voice, VoiceprintHandlers voiceprints) {
    this.voiceprints = voiceprints;
    this.voice = voice;
    this.audit = new VoiceAudit(audit);
  }

  public VoiceprintViews.Challenge challenge(ApiCall call) {
    VoicePolicy policy = voiceprints.policy(call);
    VoiceChecks.enabled(call, audit, policy, VoiceAudit.CHALLENGE);
    VoiceChecks.reserve(call, voice, audit, RateLimitRules.CHALLENGE, VoiceAudit.CHALLENGE, policy.entityId());
    VoiceChallengeStore.Issued issued = voice.challenges.issue(call.workspaceId(), call.principal().userId(),
        voice.phrases, VoiceAudit.allowed(call, VoiceAudit.CHALLENGE, policy.entityId(), "passphrase issued"));
    return new VoiceprintViews.Challenge(issued.id(), issued.passphrase(), issued.expiresAt(), policy.entityId());
  }

  public VoiceprintViews.Verified verify(ApiCall call) {
    UUID user = call.principal().userId();
    VoicePolicy policy = voiceprints.policy(call);
    VoiceChecks.enabled(call, audit, policy, VoiceAudit.VERIFY);
    VoiceUpload upload = VoiceUpload.read(call, 1, VoiceUpload.MAX_VERIFY_SECONDS);
    UUID entity = upload.entityId();
    if (upload.challengeId() == null) {
      throw DomainException.invalid(java.util.List.of("body", "challenge_id"), "Field required: ask for a passphrase"
          + " with POST /v1/{workspace_id}/voiceprints/challenge first", "missing");
    }
    VoiceChecks.ownVoice(call, audit, entity, VoiceAudit.VERIFY, "verify");
    VoiceChecks.reserve(call, voice, audit, RateLimitRules.VERIFY, VoiceAudit.VERIFY, entity);
    if (!voice.challenges.consume(call.workspaceId(), user, upload.challengeId())) {
      audit.refused(call, VoiceAudit.VERIFY, entity, "challenge unknown, expired or already used");
      throw DomainException.conflict("The passphrase challenge is unknown, expired or already used; ask for a new one.");
    }
    VoiceprintStore.Stored stored = voice.voiceprints.find(call.workspaceId(), entity).orElse(null);
    if (stored == null) {
      audit.refused(call, VoiceAudit.VERIFY, entity, "no voiceprint enrolled");
      throw DomainException.notFound("Voiceprint");
    }
    return score(call, upload.samples().get(0), stored, policy.threshold());
  }

  private VoiceprintViews.Verified score(ApiCall call, byte[] wav, VoiceprintStore.Stored stored, double threshold) {
    UUID ws = call.workspaceId();
    UUID user = call.principal().userId();
    byte[] fingerprint = fingerprint(wav);
    ReplayDetector.ReplayCheck replay = new ReplayDetector().check(fingerprint, voice.attempts.fingerprints(ws, user));
    VerificationResult result = replay.replay()
        ? new VerificationResult(false, 0, Double.NEGATIVE_INFINITY, VoiceDecision.REPLAY_SUSPECTED, 0)
        : voice.verifier.verify(wav, stored.model(), voice.voiceprints.cohort(ws, stored.entityId()), threshold);
    String reason = String.format(Locale.ROOT, "%s, similarity %.3f, threshold %.2f",
        result.decision().name().toLowerCase(Locale.ROOT), result.similarity(), threshold);
    voice.attempts.recordOutcome(ws, user, fingerprint, result.verified()
        ? VoiceAudit.allowed(call, VoiceAudit.VERIFY, stored.entityId(), reason)
        : VoiceAudit.denied(call, VoiceAudit.VERIFY, stored.entityId(), reason));
    if (!result.verified() && result.decision() != VoiceDecision.LOW_SIMILARITY
        && result.decision() != VoiceDecision.REPLAY_SUSPECTED) {
      throw VoiceMessages.refusal(result.decision(), result.speechSeconds(), false);
    }
    String message = VoiceMessages.message(result.decision(), result.speechSeconds(), false);
    if (!call.principal().isKey()) {
      message += decideStep(call, stored.entityId(), result.verified(), reason);
    }
    return new VoiceprintViews.Verified(result.verified(), result.similarity(), stored.entityId(),
        result.decision().name().toLowerCase(Locale.ROOT), threshold, result.speechSeconds(), message);
  }

  /**
   * A session's verification decides its voice step in this workspace: passed, or failed for good (the
   * workspace closes to the session, audited as a security event). Answers what the message adds.
   */
  private String decideStep(ApiCall call, UUID entity, boolean verified, String reason) {
    UUID session = call.principal().credentialId();
    if (verified) {
      voice.steps.decide(call.workspaceId(), session, call.principal().userId(), VoiceStepStore.State.VERIFIED,
          reason, null);
      return "";
    }
    voice.steps.decide(call.workspaceId(), session, call.principal().userId(), VoiceStepStore.State.FAILED, reason,
        VoiceAudit.denied(call, VoiceAudit.STEP_FAILED, entity, "session " + session + " may no longer open this"
            + " workspace: " + reason));
    return " This session may no longer open this workspace: sign in again to retry.";
  }

  private static byte[] fingerprint(byte[] wav) {
    try {
      return new ReplayFingerprinter().fingerprint(wav);
    } catch (UnreadableAudioException e) {
      throw DomainException.invalid(java.util.List.of("body", "audio"), VoiceMessages.message(
          VoiceDecision.UNREADABLE_AUDIO, 0, false), "unreadable_audio");
    }
  }

  /**
   * A sign-in session's report that it skipped its voice step here, with a reason: only for the session itself,
   * rate-limited, audited as a security event; where the step applies it opens the workspace to the session.
   */
  public VoiceprintViews.Skipped skip(ApiCall call) {
    VoiceSkip skip = VoiceSkip.parse(call.bodyFields());
    UUID entity = VoiceprintRules.personEntity(call.workspaceId(), call.principal().userId());
    if (call.principal().isKey()) {
      audit.refused(call, VoiceAudit.SKIP, entity, "an API key has no voice step to skip");
      throw DomainException.forbidden("Only a console sign-in session has a voice step to skip; API keys are not"
          + " subject to it.");
    }
    VoicePolicy policy = voiceprints.policy(call);
    if (VoiceSkip.NOT_ENROLLED.equals(skip.reason()) && policy.enrolled()) {
      audit.refused(call, VoiceAudit.SKIP, entity, "reported not_enrolled but a voiceprint is enrolled");
      throw DomainException.conflict("You have a voiceprint in this workspace: verify your voice instead.");
    }
    VoiceChecks.reserve(call, voice, audit, RateLimitRules.SKIP, VoiceAudit.SKIP, entity);
    UUID session = call.principal().credentialId();
    String why = "session " + session + " skipped the voice step: " + skip.reason()
        + (skip.detail() == null ? "" : " (" + skip.detail() + ")");
    if (policy.enabled()) {
      voice.steps.decide(call.workspaceId(), session, call.principal().userId(), VoiceStepStore.State.SKIPPED,
          skip.reason(), VoiceAudit.allowed(call, VoiceAudit.SKIP, entity, why));
    } else {
      audit.record(call, VoiceAudit.allowed(call, VoiceAudit.SKIP, entity, why + "; voice sign-in is off here"));
    }
    return new VoiceprintViews.Skipped(true, skip.reason());
  }
}
