package dev.wsconsole.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** One right, named {@code Namespace.action} as in the platform's permission catalog. */
public enum Permission {
  WORKSPACE_VIEW("Workspace", "view"),
  WORKSPACE_UPDATE("Workspace", "update"),
  WORKSPACE_PROVISION("Workspace", "provision"),
  WORKSPACE_CONVERT("Workspace", "convert"),
  WORKSPACE_ARCHIVE("Workspace", "archive"),
  BILLING_MANAGE("Billing", "manage"),
  MEMBER_VIEW("Member", "view"),
  MEMBER_INVITE("Member", "invite"),
  MEMBER_MANAGE("Member", "manage"),
  MEMBER_TRANSFER_OWNERSHIP("Member", "transfer_ownership"),
  API_KEY_VIEW("ApiKey", "view"),
  API_KEY_CREATE("ApiKey", "create"),
  API_KEY_REVOKE("ApiKey", "revoke"),
  AUDIT_VIEW("Audit", "view"),
  AUDIT_EXPORT("Audit", "export"),
  SETTINGS_VIEW("Settings", "view"),
  SETTINGS_MANAGE("Settings", "manage"),
  SERVICE_VIEW("Service", "view"),
  SERVICE_MANAGE("Service", "manage"),
  PHONE_NUMBER_VIEW("PhoneNumber", "view"),
  PHONE_NUMBER_MANAGE("PhoneNumber", "manage"),
  DATA_SOURCE_VIEW("DataSource", "view"),
  DATA_SOURCE_MANAGE("DataSource", "manage"),
  SAFETY_VIEW("Safety", "view"),
  SAFETY_MANAGE("Safety", "manage"),
  WORLD_VIEW("World", "view"),
  WORLD_WRITE("World", "write"),
  CONVERSATION_VIEW("Conversation", "view"),
  CONVERSATION_MANAGE("Conversation", "manage"),
  CALL_VIEW("Call", "view"),
  OPERATOR_VIEW("Operator", "view"),
  OPERATOR_ACT("Operator", "act"),
  REVIEW_VIEW("Review", "view"),
  REVIEW_ACT("Review", "act"),
  VOICEPRINT_ENROLL("Voiceprint", "enroll"),
  VOICEPRINT_MANAGE("Voiceprint", "manage"),
  ISOLATION_CHECK("Isolation", "check");

  private final String namespace;
  private final String action;

  Permission(String namespace, String action) {
    this.namespace = namespace;
    this.action = action;
  }

  public String namespace() {
    return namespace;
  }

  public String action() {
    return action;
  }

  @JsonValue
  public String wireName() {
    return namespace + "." + action;
  }

  /** The permissions these wire names name; names this version does not know are left out. */
  public static java.util.Set<Permission> parseKnown(java.util.Collection<String> wireNames) {
    java.util.Set<Permission> out = java.util.EnumSet.noneOf(Permission.class);
    for (Permission p : values()) {
      if (wireNames.contains(p.wireName())) {
        out.add(p);
      }
    }
    return out;
  }

  public static Permission fromWire(String value) {
    for (Permission p : values()) {
      if (p.wireName().equals(value)) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown permission '" + value + "'");
  }
}
