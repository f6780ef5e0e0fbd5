package dev.wsconsole.server.voiceprint;

import dev.wsconsole.server.core.Access;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Principal;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.http.Route;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The voice step of sign-in as the server enforces it (decision 0033): where both voice gates are on, a console
 * sign-in session is {@code voice_pending} in a workspace until a verification passes or a skip with a reason is
 * recorded there; meanwhile only the step's own routes answer it, and after a failed verification nothing in
 * that workspace does. API keys have no voice step.
 */
public final class VoiceStepGate {
  /** The {@code code} of the 403 a pending session gets for the workspace's data. */
  public static final String REQUIRED = "voice_verification_required";
  /** The {@code code} of the 403 a session gets in a workspace where its verification failed. */
  public static final String FAILED = "voice_verification_failed";
  /** Routes a pending session may call: the step itself (policy, passphrase, verify, skip). */
  static final Set<String> STEP_ROUTES = Set.of("get-voiceprint-policy", "create-voiceprint-challenge",
      "verify-voiceprint", "report-voiceprint-skip");
  /** Also reachable while pending, for one's own voiceprint only. */
  static final String STATUS_ROUTE = "get-voiceprint-status";
  /**
   * Also reachable while pending, but only for a first voiceprint: replacing an enrolled one before passing the
   * step would let a password alone swap in another voice.
   */
  static final String ENROL_ROUTE = "enroll-voiceprint";

  private final VoiceAuthSwitch environment;
  private final VoiceStepStore steps;
  private final VoiceprintStore voiceprints;

  public VoiceStepGate(VoiceAuthSwitch environment, VoiceStepStore steps, VoiceprintStore voiceprints) {
    this.environment = environment;
    this.steps = steps;
    this.voiceprints = voiceprints;
  }

  /** Refuses (403 with a code) a call to {@code route} that the caller's voice step does not allow yet. */
  public void admit(ApiCall call, Route route) {
    require(call.access(), () -> partOfTheStep(call, route));
  }

  /** Refuses unless the caller has passed the voice step in {@code access}'s workspace (or has none to pass). */
  public void requirePassed(Access access) {
    require(access, () -> false);
  }

  private void require(Access access, java.util.function.BooleanSupplier stepRoute) {
    Principal p = access.principal();
    if (p == null || p.isKey() || !environment.on()) {
      return;
    }
    VoiceStepStore.Standing standing = steps.standing(access.workspaceId(), p.credentialId());
    if (!standing.workspaceVoiceOn() || standing.state() == VoiceStepStore.State.VERIFIED
        || standing.state() == VoiceStepStore.State.SKIPPED) {
      return;
    }
    if (standing.state() == VoiceStepStore.State.FAILED) {
      throw refusal(FAILED, "Voice verification failed for this session in this workspace: it stays closed to this"
          + " session. Sign in again to open it.", access);
    }
    if (!stepRoute.getAsBoolean()) {
      throw refusal(REQUIRED, "Voice verification required: this workspace asks for the voice step of sign-in."
          + " Verify your voice (POST /v1/{workspace_id}/voiceprints/verify) or report a skip with a reason"
          + " (POST /v1/{workspace_id}/voiceprints/skip) first; an enrolled voiceprint is replaced only after.",
          access);
    }
  }

  private boolean partOfTheStep(ApiCall call, Route route) {
    if (STEP_ROUTES.contains(route.operationId())) {
      return true;
    }
    if (ENROL_ROUTE.equals(route.operationId())) {
      return !voiceprints.isEnrolled(call.workspaceId(), VoiceprintRules.personEntity(call.workspaceId(),
          call.principal().userId()));
    }
    if (!STATUS_ROUTE.equals(route.operationId())) {
      return false;
    }
    String entity = call.pathParam("entity_id");
    return VoiceprintRules.ME.equals(entity) || VoiceprintRules.personEntity(call.workspaceId(),
        call.principal().userId()).toString().equalsIgnoreCase(entity);
  }

  private static DomainException refusal(String code, String detail, Access access) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("detail", detail);
    body.put("code", code);
    body.put("workspace_id", access.workspaceId().toString());
    return DomainException.withBody(DomainException.Kind.FORBIDDEN, detail, body);
  }
}
