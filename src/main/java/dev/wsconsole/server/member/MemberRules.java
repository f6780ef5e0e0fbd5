package dev.wsconsole.server.member;

import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.RolePermissions;
import dev.wsconsole.server.core.DomainException;
import java.util.List;
import java.util.Set;

/** Pure decisions about members: role input, and nobody granting or touching a role above their own rights. */
public final class MemberRules {
  private MemberRules() {}

  /** The role named in a request body, or a 422 at {@code loc}. */
  public static Role role(String text, List<Object> loc) {
    if (text == null) {
      throw DomainException.invalid(loc, "Field required", "missing");
    }
    try {
      return Role.fromWire(text);
    } catch (IllegalArgumentException e) {
      throw DomainException.invalid(loc, "Input should be 'owner', 'admin', 'member', 'operator' or 'viewer'", "enum");
    }
  }

  /** 403 unless the caller's rights include every right of {@code role}. */
  public static void requireMayGrant(Set<Permission> callerRights, Role role) {
    if (!RolePermissions.mayGrant(callerRights, role)) {
      throw DomainException.forbidden("You cannot grant the role '" + role.wireName()
          + "': it carries rights you do not hold.");
    }
  }

  /** 403 when a member's current role carries rights the caller lacks (nobody changes or removes a superior). */
  public static void requireNotAbove(Set<Permission> callerRights, Role current) {
    if (!RolePermissions.mayGrant(callerRights, current)) {
      throw DomainException.forbidden("This member's role '" + current.wireName() + "' is above your own rights.");
    }
  }
}
