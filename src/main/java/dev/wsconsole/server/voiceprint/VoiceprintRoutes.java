package dev.wsconsole.server.voiceprint;

import static dev.wsconsole.model.Permission.VOICEPRINT_ENROLL;
import static dev.wsconsole.server.http.Scope.WORKSPACE;

import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.auth.UserStore;
import dev.wsconsole.server.settings.SettingsStore;
import dev.wsconsole.server.http.Route;
import java.util.List;

import dev.wsconsole.model.wire.VoiceprintViews;
import dev.wsconsole.model.wire.VoicePolicy;
/**
 * Voice sign-in routes (issue 7). Every role holds VOICEPRINT_ENROLL: each member enrols, verifies and
 * deletes their own voice; the handlers check that, and that deleting another's needs VOICEPRINT_MANAGE.
 */
public final class VoiceprintRoutes {
  private static final String IN = "/v1/{workspace_id}/voiceprints";

  private VoiceprintRoutes() {}

  public static List<Route> routes(VoiceSignIn voice, AuditStore audit, SettingsStore settings, UserStore users) {
    VoiceprintHandlers prints = new VoiceprintHandlers(audit, settings, users, voice);
    VoiceVerifyHandlers verify = new VoiceVerifyHandlers(audit, voice, prints);
    return List.of(
        Route.extension("GET", IN + "/policy", WORKSPACE, VOICEPRINT_ENROLL, "get-voiceprint-policy", 200,
            VoicePolicy.class, prints::policy),
        Route.of("POST", IN + "/enroll", WORKSPACE, VOICEPRINT_ENROLL, "enroll-voiceprint", 201,
            VoiceprintViews.Enrolled.class, prints::enroll),
        Route.extension("POST", IN + "/challenge", WORKSPACE, VOICEPRINT_ENROLL, "create-voiceprint-challenge", 201,
            VoiceprintViews.Challenge.class, verify::challenge),
        Route.of("POST", IN + "/verify", WORKSPACE, VOICEPRINT_ENROLL, "verify-voiceprint", 200,
            VoiceprintViews.Verified.class, verify::verify),
        Route.extension("POST", IN + "/skip", WORKSPACE, VOICEPRINT_ENROLL, "report-voiceprint-skip", 200,
            VoiceprintViews.Skipped.class, verify::skip),
        Route.of("GET", IN + "/{entity_id}", WORKSPACE, VOICEPRINT_ENROLL, "get-voiceprint-status", 200,
            VoiceprintViews.Status.class, prints::status),
        Route.extension("DELETE", IN + "/{entity_id}", WORKSPACE, VOICEPRINT_ENROLL, "delete-voiceprint", 204,
            Void.class, prints::delete));
  }
}
