package dev.wsconsole.model.wire;

import dev.wsconsole.model.Role;
import java.util.List;
import java.util.UUID;

/** Response body of the caller's own membership (an extension). */
public final class MyMembershipResponses {
  private MyMembershipResponses() {}

  /** MyMembership: who asks ({@code kind} session or api_key), the role they act with here and its rights. */
  public record MyMembership(UUID workspaceId, UUID userId, String kind, Role role, List<String> permissions) {}
}
