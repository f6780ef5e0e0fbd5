package dev.wsconsole.server.auth;

import dev.wsconsole.server.Backend;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.http.ApiException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Console sign-in (an extension), sign-out, and {@code GET /v1/auth/me}. */
public final class AuthHandlers {
  private final Backend backend;

  public AuthHandlers(Backend backend) {
    this.backend = backend;
  }

  /** Sign-in body. */
  public record LoginRequest(String email, String password) {}

  public Object login(ApiCall call) throws InterruptedException {
    LoginRequest req = call.body(LoginRequest.class);
    if (req.email() == null || req.email().isBlank()) {
      throw ApiException.invalid(List.of("body", "email"), "Field required", "missing");
    }
    if (req.password() == null || req.password().isEmpty()) {
      throw ApiException.invalid(List.of("body", "password"), "Field required", "missing");
    }
    char[] password = req.password().toCharArray();
    var found = backend.users.byEmail(req.email().strip());
    if (found.isEmpty()) {
      PasswordHasher.verifyDummy(password); // same time as a wrong password: no account enumeration
      throw ApiException.unauthorized("Invalid email or password.");
    }
    UserStore.User user = found.get();
    Instant now = Instant.now();
    if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
      auditEverywhere(user.id(), call, "auth.login", "denied", "account locked until " + user.lockedUntil());
      throw new ApiException(429, "Too many failed sign-ins: the account is locked until " + user.lockedUntil() + ".");
    }
    if (!PasswordHasher.verify(password, user.passwordHash())) {
      int failures = user.failedLogins() + 1;
      Instant lock = LoginRules.lockUntil(failures, now);
      backend.users.recordLogin(user.id(), false, lock);
      auditEverywhere(user.id(), call, "auth.login", "denied", "wrong password (failure " + failures + ")"
          + (lock != null ? "; account locked until " + lock : ""));
      Thread.sleep(LoginRules.delayAfter(failures).toMillis());
      throw ApiException.unauthorized("Invalid email or password.");
    }
    backend.users.recordLogin(user.id(), true, null);
    SessionStore.Issued issued = backend.sessions.create(user.id());
    auditEverywhere(user.id(), call, "auth.login", "allowed", "session " + issued.session().id());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("access_token", issued.token());
    out.put("token_type", "bearer");
    out.put("session_id", issued.session().id());
    out.put("user_id", user.id());
    out.put("email", user.email());
    out.put("workspace_ids", backend.directory.workspaceIdsOf(user.id()));
    return out;
  }

  public Object logout(ApiCall call) {
    Principal p = call.principal();
    if (p.isKey()) {
      throw ApiException.invalid(List.of("header", "Authorization"), "Sign-out ends a console session, not an API"
          + " key; revoke the key instead", "value_error");
    }
    backend.sessions.end(p.credentialId());
    auditEverywhere(p.userId(), call, "auth.logout", "allowed", "session " + p.credentialId());
    return null;
  }

  /** AuthInfoResponse for keys; sign-in sessions add their account and workspaces (extension fields). */
  public Object me(ApiCall call) {
    Principal p = call.principal();
    Map<String, Object> out = new LinkedHashMap<>();
    Instant expires = p.isKey() ? p.expiresAt() : p.createdAt().plus(Duration.ofHours(12));
    out.put("workspace_id", p.isKey() ? p.keyWorkspaceId() : null);
    out.put("key_id", p.credentialId().toString());
    out.put("name", p.name());
    out.put("expires_at", expires);
    out.put("expires_in_seconds", Math.max(0, Duration.between(Instant.now(), expires).getSeconds()));
    out.put("kind", p.isKey() ? "api_key" : "session");
    out.put("user_id", p.userId());
    if (p.isKey()) {
      out.put("role", p.keyRole());
      out.put("permissions", p.keyPermissions().stream().map(x -> x.wireName()).sorted().toList());
    } else {
      out.put("workspace_ids", backend.directory.workspaceIdsOf(p.userId()));
    }
    return out;
  }

  private void auditEverywhere(UUID userId, ApiCall call, String action, String result, String reason) {
    Map<String, Object> actor = call.actor();
    actor.put("user_id", userId.toString());
    for (UUID ws : backend.directory.workspaceIdsOf(userId)) {
      backend.audit.record(ws, new AuditRecord(actor, action, "user:" + userId, result, reason, call.requestId()));
    }
  }
}
