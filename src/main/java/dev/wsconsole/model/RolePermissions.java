package dev.wsconsole.model;

import static dev.wsconsole.model.Permission.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The role-to-permission matrix, as data: served by the permission catalog, enforced on every route,
 * and read by the console to decide which controls to show.
 */
public final class RolePermissions {
  private static final Map<Role, Set<Permission>> MATRIX = build();

  private RolePermissions() {}

  private static Map<Role, Set<Permission>> build() {
    // Viewer: everything read-only, except the audit trail and API keys.
    EnumSet<Permission> viewer = EnumSet.of(WORKSPACE_VIEW, MEMBER_VIEW, SETTINGS_VIEW, SERVICE_VIEW,
        PHONE_NUMBER_VIEW, DATA_SOURCE_VIEW, SAFETY_VIEW, WORLD_VIEW, CONVERSATION_VIEW, CALL_VIEW, OPERATOR_VIEW,
        REVIEW_VIEW, VOICEPRINT_ENROLL);
    EnumSet<Permission> operator = EnumSet.copyOf(viewer);
    operator.addAll(EnumSet.of(OPERATOR_ACT, REVIEW_ACT));
    EnumSet<Permission> member = EnumSet.copyOf(viewer);
    member.addAll(EnumSet.of(WORLD_WRITE, CONVERSATION_MANAGE, API_KEY_VIEW, API_KEY_CREATE, API_KEY_REVOKE));
    EnumSet<Permission> admin = EnumSet.copyOf(member);
    admin.addAll(operator);
    admin.addAll(EnumSet.of(WORKSPACE_UPDATE, WORKSPACE_PROVISION, WORKSPACE_CONVERT, MEMBER_INVITE, MEMBER_MANAGE,
        AUDIT_VIEW, AUDIT_EXPORT, SETTINGS_MANAGE, SERVICE_MANAGE, PHONE_NUMBER_MANAGE, DATA_SOURCE_MANAGE,
        SAFETY_MANAGE, VOICEPRINT_MANAGE, ISOLATION_CHECK));
    EnumSet<Permission> owner = EnumSet.allOf(Permission.class);
    Map<Role, Set<Permission>> m = new EnumMap<>(Role.class);
    m.put(Role.OWNER, Collections.unmodifiableSet(owner));
    m.put(Role.ADMIN, Collections.unmodifiableSet(admin));
    m.put(Role.MEMBER, Collections.unmodifiableSet(member));
    m.put(Role.OPERATOR, Collections.unmodifiableSet(operator));
    m.put(Role.VIEWER, Collections.unmodifiableSet(viewer));
    return Collections.unmodifiableMap(m);
  }

  public static Set<Permission> of(Role role) {
    return MATRIX.get(role);
  }

  /** Rights of a credential limited to {@code limit} and held by someone whose role is {@code holder}. */
  public static Set<Permission> intersection(Role limit, Role holder) {
    EnumSet<Permission> both = EnumSet.noneOf(Permission.class);
    both.addAll(of(limit));
    both.retainAll(of(holder));
    return Collections.unmodifiableSet(both);
  }

  /** Whether {@code granter} may hand out {@code granted}: never more than one's own rights. */
  public static boolean mayGrant(Set<Permission> granterRights, Role granted) {
    return granterRights.containsAll(of(granted));
  }
}
