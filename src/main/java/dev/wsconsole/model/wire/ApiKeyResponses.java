package dev.wsconsole.model.wire;

import dev.wsconsole.model.ApiKey;
import dev.wsconsole.model.Nullable;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.RolePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Response bodies of the API-key operations, named and shaped as in the platform contract. */
public final class ApiKeyResponses {
  private ApiKeyResponses() {}

  /** CreateApiKeyResponse: the only time the secret is shown. */
  public record Created(String keyId, String apiKey, @Nullable String name, Role role, List<String> permissions,
                        Instant expiresAt, @Nullable UUID createdByEntityId, @Nullable UUID createdByCredentialId) {}

  /** ApiKeyResponse: a key as listed, never its secret; {@code key_prefix} is an extension field. */
  public record View(UUID id, UUID workspaceId, @Nullable UUID createdByEntityId, @Nullable UUID createdByCredentialId,
                     String keyId, @Nullable String name, Role role, List<String> permissions, Instant expiresAt,
                     @Nullable Instant lastUsedAt, Instant createdAt, Instant updatedAt, @Nullable String keyPrefix) {
    public static View of(ApiKey k) {
      return new View(k.id(), k.workspaceId(), k.createdByEntityId(), k.createdByCredentialId(), k.keyId(), k.name(),
          k.role(), k.permissions(), k.expiresAt(), k.lastUsedAt(), k.createdAt(), k.updatedAt(), k.keyPrefix());
    }
  }

  /** PermissionCatalogResponse: each role's permissions and the full permission universe. */
  public record PermissionCatalog(List<RoleEntry> roles, List<PermissionEntry> permissions) {
    public static PermissionCatalog current() {
      List<RoleEntry> roles = Arrays.stream(Role.values()).map(r -> new RoleEntry(r.wireName(), r.priority(),
          r.description(), RolePermissions.of(r).stream().map(Permission::wireName).sorted().toList())).toList();
      List<PermissionEntry> permissions = Arrays.stream(Permission.values())
          .map(p -> new PermissionEntry(p.wireName(), p.namespace(), p.action())).toList();
      return new PermissionCatalog(roles, permissions);
    }
  }

  /** RoleEntry of the catalog. */
  public record RoleEntry(String name, int priority, String description, List<String> permissionNames) {}

  /** PermissionEntry of the catalog. */
  public record PermissionEntry(String name, String namespace, String action) {}
}
