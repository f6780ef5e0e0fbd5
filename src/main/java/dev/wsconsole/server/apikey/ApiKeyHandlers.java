package dev.wsconsole.server.apikey;

import dev.wsconsole.model.ApiKey;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.RolePermissions;
import dev.wsconsole.model.wire.ApiKeyRequests;
import dev.wsconsole.model.wire.ApiKeyResponses;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.http.ApiCall;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** HTTP handlers of /v1/{workspace_id}/api-keys: create, list, revoke, rotate, and the permission catalog. */
public final class ApiKeyHandlers {
  private final ApiKeyStore apiKeys;

  public ApiKeyHandlers(ApiKeyStore apiKeys) {
    this.apiKeys = apiKeys;
  }

  public ApiKeyResponses.Created create(ApiCall call) {
    ApiKeyRequests.Create req = call.body(ApiKeyRequests.Create.class);
    int days = duration(req.durationDays());
    Role role;
    try {
      role = Role.fromWire(req.role() == null ? "member" : req.role());
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(List.of("body", "role"), e.getMessage(), "enum");
    }
    if (!RolePermissions.mayGrant(call.access().permissions(), role)) {
      throw DomainException.forbidden("You cannot create a key with role '" + role.wireName()
          + "': it would carry rights you do not hold.");
    }
    List<String> permissions = permissions(req.permissions(), role);
    String name = req.name() == null ? null : req.name().strip();
    if (name != null && (name.isEmpty() || name.length() > 128)) {
      throw DomainException.invalid(List.of("body", "name"), "Name must be 1-128 characters", "string_too_long");
    }
    var issued = apiKeys.create(call.workspaceId(), name, role, permissions, call.principal().userId(),
        call.principal().credentialId(), days,
        AuditRecord.allowed(call.actor(), "api_key.create", "", call.requestId()));
    return created(issued);
  }

  public Page<ApiKeyResponses.View> list(ApiCall call) {
    boolean mine = call.queryBool("mine_only", false);
    int limit = call.queryInt("limit", 10, 1, 20);
    int offset = call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE);
    var page = apiKeys.list(call.workspaceId(), mine ? call.principal().userId() : null, limit, offset);
    return Page.of(page.items().stream().map(ApiKeyResponses.View::of).toList(), offset, page.total());
  }

  public Void revoke(ApiCall call) {
    UUID id = keyId(call);
    mayHandle(call, id);
    if (!apiKeys.revoke(call.workspaceId(), id,
        AuditRecord.allowed(call.actor(), "api_key.revoke", "", call.requestId()))) {
      throw DomainException.notFound("API key");
    }
    return null;
  }

  public ApiKeyResponses.Created rotate(ApiCall call) {
    ApiKeyRequests.Rotate req = call.body(ApiKeyRequests.Rotate.class);
    int days = duration(req.durationDays());
    UUID id = keyId(call);
    mayHandle(call, id);
    var issued = apiKeys.rotate(call.workspaceId(), id, days,
            AuditRecord.allowed(call.actor(), "api_key.rotate", "", call.requestId()))
        .orElseThrow(() -> DomainException.notFound("API key"));
    return created(issued);
  }

  public ApiKeyResponses.PermissionCatalog catalog(ApiCall call) {
    return ApiKeyResponses.PermissionCatalog.current();
  }

  /** Nobody revokes or rotates (and so obtains) a key carrying rights they do not hold themselves. */
  private void mayHandle(ApiCall call, UUID id) {
    ApiKey key = apiKeys.get(call.workspaceId(), id).filter(k -> k.revokedAt() == null)
        .orElseThrow(() -> DomainException.notFound("API key"));
    if (!RolePermissions.mayGrant(call.access().permissions(), key.role())) {
      throw DomainException.forbidden("This key has role '" + key.role().wireName() + "', above your own rights.");
    }
  }

  private static UUID keyId(ApiCall call) {
    return Params.uuid(List.of("path", "key_id"), call.pathParam("key_id"));
  }

  private static int duration(Integer days) {
    if (days == null) {
      throw DomainException.invalid(List.of("body", "duration_days"), "Field required", "missing");
    }
    if (days < 1 || days > 90) {
      throw DomainException.invalid(List.of("body", "duration_days"), "Keys last 1 to 90 days", "less_than_equal");
    }
    return days;
  }

  private static List<String> permissions(List<String> requested, Role role) {
    if (requested == null || requested.isEmpty()) {
      return RolePermissions.of(role).stream().map(Permission::wireName).sorted().toList();
    }
    if (requested.size() > 128) {
      throw DomainException.invalid(List.of("body", "permissions"), "At most 128 permissions", "too_long");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < requested.size(); i++) {
      String name = requested.get(i);
      Permission p;
      try {
        p = Permission.fromWire(name);
      } catch (IllegalArgumentException e) {
        throw DomainException.invalid(List.of("body", "permissions", i), "Unknown permission '"
            + (name == null ? "null" : name.substring(0, Math.min(128, name.length()))) + "'", "enum");
      }
      if (!RolePermissions.of(role).contains(p)) {
        throw DomainException.invalid(List.of("body", "permissions", i), "Role '" + role.wireName()
            + "' does not include " + name, "value_error");
      }
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /** CreateApiKeyResponse of a key just issued: the only time its secret is shown. */
  private static ApiKeyResponses.Created created(ApiKeyStore.Issued issued) {
    ApiKey k = issued.key();
    return new ApiKeyResponses.Created(k.keyId(), issued.secret(), k.name(), k.role(), k.permissions(),
        k.expiresAt(), k.createdByEntityId(), k.createdByCredentialId());
  }
}
