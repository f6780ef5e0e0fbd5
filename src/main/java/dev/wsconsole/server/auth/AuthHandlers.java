package dev.wsconsole.server.auth;

import dev.wsconsole.model.wire.AuthRequests;
import dev.wsconsole.model.wire.AuthResponses;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Principal;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.workspace.DirectoryStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Console sign-in (an extension), sign-out, and {@code GET /v1/auth/me}. */
public final class AuthHandlers {
  private final SignInStore signIns;
  private final SessionStore sessions;
  private final DirectoryStore directory;
  private final AuditStore audit;

  public AuthHandlers(SignInStore signIns, SessionStore sessions, DirectoryStore directory, AuditStore audit) {
    this.signIns = signIns;
    this.sessions = sessions;
    this.directory = directory;
    this.audit = audit;
  }

  /**
   * Password sign-in (decision 0031): the database admits the attempt against the account's and the
   * address's throttles (or answers how long to wait), the key is derived here from the salt it hands out,
   * and the database compares it and creates the session. Unknown emails take every step a known one does.
   */
  public AuthResponses.Login login(ApiCall call) {
    AuthRequests.Login req = call.body(AuthRequests.Login.class);
    if (req.email() == null || req.email().isBlank()) {
      throw DomainException.invalid(List.of("body", "email"), "Field required", "missing");
    }
    try {
      AccountRules.email(req.email());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(List.of("body", "email"), "Input should be a valid email address", "value_error");
    }
    if (req.password() == null || req.password().isEmpty()) {
      throw DomainException.invalid(List.of("body", "password"), "Field required", "missing");
    }
    SignInStore.Admission admission = signIns.begin(req.email().strip(), call.clientAddress());
    if (admission instanceof SignInStore.HeldBack held) {
      // Not audited: nothing was checked, and the answer (and its cost) must not differ for unknown emails.
      long seconds = LoginRules.retryAfterSeconds(held.retryAfter());
      call.responseHeader("Retry-After", Long.toString(seconds));
      throw new DomainException(DomainException.Kind.TOO_MANY, LoginRules.heldBack(seconds));
    }
    SignInStore.Admitted admitted = (SignInStore.Admitted) admission;
    char[] password = req.password().toCharArray();
    byte[] key = PasswordHasher.derive(password, admitted.salt(), admitted.iterations());
    Arrays.fill(password, '\0');
    SignInStore.Outcome outcome = signIns.finish(admitted.attemptId(), key)
        .orElseThrow(() -> DomainException.unauthorized(LoginRules.WRONG));
    if (!outcome.granted()) {
      if (outcome.userId() != null) {
        auditEverywhere(outcome.userId(), AuditRecord.denied(signInActor(outcome.userId(), call), "auth.login",
            "user:" + outcome.userId(), "wrong password", call.requestId()));
      }
      throw DomainException.unauthorized(LoginRules.WRONG);
    }
    UUID user = outcome.userId();
    auditEverywhere(user, new AuditRecord(signInActor(user, call), "auth.login", "user:" + user, "allowed",
        "session " + outcome.sessionId(), call.requestId()));
    return new AuthResponses.Login(outcome.token(), "bearer", outcome.sessionId(), user, outcome.email(),
        directory.workspaceIdsOf(user));
  }

  public Void logout(ApiCall call) {
    Principal p = call.principal(); // a session: the route's scope (ACCOUNT) refuses keys
    sessions.end(p.credentialId());
    auditEverywhere(p.userId(), new AuditRecord(signInActor(p.userId(), call), "auth.logout",
        "user:" + p.userId(), "allowed", "session " + p.credentialId(), call.requestId()));
    return null;
  }

  /** AuthInfoResponse for keys; sign-in sessions add their account and workspaces (extension fields). */
  public AuthResponses.AuthInfo me(ApiCall call) {
    Principal p = call.principal();
    Instant expires = p.isKey() ? p.expiresAt()
        : p.createdAt().plus(SessionLimits.forAccount(directory.environmentsOf(p.userId())).absoluteLimit());
    long left = Math.max(0, Duration.between(Instant.now(), expires).getSeconds());
    if (p.isKey()) {
      return new AuthResponses.AuthInfo(p.keyWorkspaceId(), p.credentialId().toString(), p.name(), expires, left,
          "api_key", p.userId(), p.keyRole(), p.keyPermissions().stream().map(x -> x.wireName()).sorted().toList(),
          null);
    }
    return new AuthResponses.AuthInfo(null, p.credentialId().toString(), p.name(), expires, left, "session",
        p.userId(), null, null, directory.workspaceIdsOf(p.userId()));
  }

  private static Map<String, Object> signInActor(UUID userId, ApiCall call) {
    Map<String, Object> actor = call.actor();
    actor.put("user_id", userId.toString());
    return actor;
  }

  /** Writes the entry in each workspace of the account; denials are counted per window, not one row each. */
  private void auditEverywhere(UUID userId, AuditRecord entry) {
    for (UUID ws : directory.workspaceIdsOf(userId)) {
      if (entry.result().equals("denied")) {
        audit.recordRepeatable(ws, entry);
      } else {
        audit.record(ws, entry);
      }
    }
  }
}
