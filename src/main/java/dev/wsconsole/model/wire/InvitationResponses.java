package dev.wsconsole.model.wire;

import dev.wsconsole.model.Member;
import dev.wsconsole.model.Role;
import java.time.Instant;
import java.util.UUID;

/** Response bodies of the invitation operations. */
public final class InvitationResponses {
  private InvitationResponses() {}

  /** CreateInvitationResponse: the only time the token is shown. */
  public record Created(UUID id, UUID workspaceId, String email, Role role, UUID invitedBy, Instant createdAt,
                        Instant expiresAt, String token) {}

  /** AcceptInvitationResponse: the workspace joined and the new membership. */
  public record Accepted(UUID workspaceId, Member member) {}
}
