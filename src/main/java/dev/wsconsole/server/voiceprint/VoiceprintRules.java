package dev.wsconsole.server.voiceprint;

import dev.wsconsole.model.Permission;
import dev.wsconsole.server.core.Access;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Params;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Pure rules of whose voiceprint a caller may touch: everyone enrols, verifies and challenges only their
 * own voice; reading another person's status or deleting their voiceprint needs VOICEPRINT_MANAGE (admins,
 * owners).
 */
public final class VoiceprintRules {
  /** Stands for the caller's own person entity wherever an entity id is expected. */
  public static final String ME = "me";

  private VoiceprintRules() {}

  /**
   * A user's person entity in a workspace. Derived (name-based UUID of workspace and user) so every node
   * and the console compute the same id without a lookup; the entity row is created on first enrolment.
   */
  public static UUID personEntity(UUID workspaceId, UUID userId) {
    return UUID.nameUUIDFromBytes(("wsconsole:person:" + workspaceId + ":" + userId)
        .getBytes(StandardCharsets.UTF_8));
  }

  /** Parses an entity reference ("me" or a UUID) into an entity id. */
  public static UUID entity(String given, List<Object> loc, UUID workspaceId, UUID callerId) {
    if (given == null || given.isEmpty()) {
      throw DomainException.invalid(loc, "Field required", "missing");
    }
    return ME.equals(given) ? personEntity(workspaceId, callerId) : Params.uuid(loc, given);
  }

  /** Enrolment, challenges and verification act only on the caller's own voice. */
  public static void requireOwn(UUID entityId, UUID workspaceId, UUID callerId, String action) {
    if (!entityId.equals(personEntity(workspaceId, callerId))) {
      throw DomainException.forbidden("You can only " + action + " your own voice (entity_id must be your person"
          + " entity, or \"me\").");
    }
  }

  /**
   * Reading whether someone is enrolled: one's own status, or anyone's with VOICEPRINT_MANAGE (admins,
   * owners). Anyone else gets 404, as if there were no such person, so the answer reveals nothing.
   */
  public static void requireMayReadStatus(UUID entityId, Access access, UUID callerId) {
    if (!entityId.equals(personEntity(access.workspaceId(), callerId))
        && !access.may(Permission.VOICEPRINT_MANAGE)) {
      throw DomainException.notFound("Voiceprint");
    }
  }

  /** Deleting: one's own voiceprint, or anyone's with VOICEPRINT_MANAGE. */
  public static void requireMayDelete(UUID entityId, Access access, UUID callerId) {
    if (!entityId.equals(personEntity(access.workspaceId(), callerId))
        && !access.may(Permission.VOICEPRINT_MANAGE)) {
      throw DomainException.forbidden("Insufficient permissions: deleting another member's voiceprint requires "
          + Permission.VOICEPRINT_MANAGE.wireName() + ".");
    }
  }
}
