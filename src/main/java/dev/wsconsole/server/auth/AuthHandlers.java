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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Console sign-in (an extension), sign-out, and {@code GET /v1/auth/me}. */
public final class AuthHandlers {
  private final UserStore users;
  private final SessionStore sessions;
  private final DirectoryStore directory;
  private final AuditStore audit;

  public AuthHandlers(UserStore users, SessionStore sessions, DirectoryStore directory, AuditStore audit) {
    this.users = users;
    this.sessions = sessions;
    this.directory = directory;
    this.audit = audit;
  }

  public AuthResponses.Login login(ApiCall call) throws InterruptedException {
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
    char[] password = req.password().toCharArray();
    var found = users.byEmail(req.email().strip());
    if (found.isEmpty()) {
      PasswordHasher.verifyDummy(password); // same time as a wrong password: no account enumeration
      throw DomainException.unauthorized("Invalid email or password.");
    }
    UserStore.User user = found.get();
    Instant now = Instant.now();
    if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
      auditEverywhere(user.id(), call, "auth.login", "denied", "account locked until " + user.lockedUntil());
      throw new DomainException(DomainException.Kind.TOO_MANY, "Too many failed sign-ins: the account is locked until " + user.lockedUntil() + ".");
    }
    if (!PasswordHasher.verify(password, user.passwordHash())) {
      int failures = user.failedLogins() + 1;
      Instant lock = LoginRules.lockUntil(failures, now);
      users.recordLogin(user.id(), false, lock);
      auditEverywhere(user.id(), call, "auth.login", "denied", "wrong password (failure " + failures + ")"
          + (lock != null ? "; account locked until " + lock : ""));
      Thread.sleep(LoginRules.delayAfter(failures).toMillis());
      throw DomainException.unauthorized("Invalid email or password.");
    }
    users.recordLogin(user.id(), true, null);
    SessionStore.Issued issued = sessions.create(user.id());
    auditEverywhere(user.id(), call, "auth.login", "allowed", "session " + issued.session().id());
    return new AuthResponses.Login(issued.token(), "bearer", issued.session().id(), user.id(), user.email(),
        directory.workspaceIdsOf(user.id()));
  }

  public Void logout(ApiCall call) {
    Principal p = call.principal(); // a session: the route's scope (ACCOUNT) refuses keys
    sessions.end(p.credentialId());
    auditEverywhere(p.userId(), call, "auth.logout", "allowed", "session " + p.credentialId());
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

  private void auditEverywhere(UUID userId, ApiCall call, String action, String result, String reason) {
    Map<String, Object> actor = call.actor();
    actor.put("user_id", userId.toString());
    for (UUID ws : directory.workspaceIdsOf(userId)) {
      audit.record(ws, new AuditRecord(actor, action, "user:" + userId, result, reason, call.requestId()));
    }
  }
}
