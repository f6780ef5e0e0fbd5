package dev.wsconsole.server.voiceprint;

import dev.wsconsole.model.SecuritySettings;
import dev.wsconsole.model.wire.VoicePolicy;
import dev.wsconsole.model.wire.VoiceprintViews;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.auth.UserStore;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.settings.SecuritySettingsRules;
import dev.wsconsole.server.settings.SettingsStore;
import dev.wsconsole.voice.EnrollmentResult;
import dev.wsconsole.voice.features.UnreadableAudioException;
import dev.wsconsole.voice.replay.ReplayFingerprinter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * HTTP handlers of /v1/{workspace_id}/voiceprints: the voice policy, enrolment (own voice only, both gates on),
 * status and deletion (own, or anyone's with VOICEPRINT_MANAGE; another's status is otherwise a 404).
 */
public final class VoiceprintHandlers {
  private final SettingsStore settings;
  private final UserStore users;
  private final VoiceSignIn voice;
  private final VoiceAudit audit;

  public VoiceprintHandlers(AuditStore audit, SettingsStore settings, UserStore users, VoiceSignIn voice) {
    this.settings = settings;
    this.users = users;
    this.voice = voice;
    this.audit = new VoiceAudit(audit);
  }

  public VoicePolicy policy(ApiCall call) {
    UUID entity = VoiceprintRules.personEntity(call.workspaceId(), call.principal().userId());
    SecuritySettings settings = SecuritySettingsRules.effective(this.settings.read(call.workspaceId(), "security"));
    boolean enrolled = voice.voiceprints.isEnrolled(call.workspaceId(), entity);
    return VoicePolicyRules.effective(voice.environmentSwitch.on(), settings, entity, enrolled);
  }

  public VoiceprintViews.Enrolled enroll(ApiCall call) {
    UUID user = call.principal().userId();
    VoiceChecks.enabled(call, audit, policy(call), VoiceAudit.ENROLL);
    VoiceUpload upload = VoiceUpload.read(call, VoiceUpload.MAX_ENROLL_SAMPLES, VoiceUpload.MAX_ENROLL_SECONDS);
    VoiceChecks.ownVoice(call, audit, upload.entityId(), VoiceAudit.ENROLL, "enrol");
    VoiceChecks.reserve(call, voice, audit, RateLimitRules.ENROLL, VoiceAudit.ENROLL, upload.entityId());
    EnrollmentResult result = voice.verifier.enroll(upload.samples());
    if (!result.enrolled()) {
      audit.refused(call, VoiceAudit.ENROLL, upload.entityId(), result.decision().name().toLowerCase());
      throw VoiceMessages.refusal(result.decision(), result.speechSeconds(), true);
    }
    String name = users.byId(user).map(u -> u.displayName()).orElse("");
    VoiceprintStore.Stored stored = voice.voiceprints.enroll(call.workspaceId(), new VoiceprintStore.Enrolment(
        upload.entityId(), user, name, result.voiceprint(), voice.modelId, result.speechSeconds(),
        upload.samples().size(), fingerprints(upload.samples())),
        VoiceAudit.allowed(call, VoiceAudit.ENROLL, upload.entityId(), String.format(java.util.Locale.ROOT,
            "%d sample(s), %.1f s of speech", upload.samples().size(), result.speechSeconds())));
    return new VoiceprintViews.Enrolled(stored.entityId(), stored.modelId(), voice.dimensions, true,
        stored.speechSeconds(), stored.createdAt());
  }

  public VoiceprintViews.Status status(ApiCall call) {
    UUID entity = entity(call);
    VoiceprintRules.requireMayReadStatus(entity, call.access(), call.principal().userId());
    return voice.voiceprints.find(call.workspaceId(), entity)
        .map(v -> new VoiceprintViews.Status(true, v.createdAt(), v.modelId(), entity))
        .orElse(new VoiceprintViews.Status(false, null, null, entity));
  }

  public Object delete(ApiCall call) {
    UUID entity = entity(call);
    try {
      VoiceprintRules.requireMayDelete(entity, call.access(), call.principal().userId());
    } catch (DomainException e) {
      audit.refused(call, VoiceAudit.DELETE, entity, "not their own voiceprint and no voiceprint:manage");
      throw e;
    }
    boolean deleted = voice.voiceprints.delete(call.workspaceId(), entity, call.principal().userId(),
        VoiceAudit.allowed(call, VoiceAudit.DELETE, entity, "voiceprint erased"));
    if (!deleted) {
      throw DomainException.notFound("Voiceprint");
    }
    return null;
  }

  private UUID entity(ApiCall call) {
    return VoiceprintRules.entity(call.pathParam("entity_id"), List.of("path", "entity_id"), call.workspaceId(),
        call.principal().userId());
  }

  private static List<byte[]> fingerprints(List<byte[]> samples) {
    ReplayFingerprinter fingerprinter = new ReplayFingerprinter();
    List<byte[]> out = new ArrayList<>();
    for (byte[] wav : samples) {
      try {
        out.add(fingerprinter.fingerprint(wav));
      } catch (UnreadableAudioException e) {
        // enrolment already read these samples; one that cannot be fingerprinted just protects nothing
      }
    }
    return out;
  }
}
