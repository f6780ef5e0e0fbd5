package dev.wsconsole.server.http;

import dev.wsconsole.server.core.Access;
import dev.wsconsole.server.core.Principal;
import java.util.UUID;

/**
 * What the request pipeline asks before a handler runs, answered by the composition root: who the
 * credential belongs to, what they may do in a workspace, and the record of a refused permission.
 */
public interface Gatekeeper {
  /** The caller behind an {@code Authorization} header; refuses (401) a missing or dead credential. */
  Principal authenticate(String authorization);

  /** The caller's standing in {@code workspaceId}; refuses (404) a workspace they cannot see. */
  Access access(Principal principal, UUID workspaceId);

  /**
   * Refuses {@code route} when the workspace's state forbids it whoever asks (an archived workspace takes no
   * writes: 409), after the permission check passed; by default nothing is refused.
   */
  default void admit(Access access, Route route) {
  }

  /** Records that {@code call} was refused {@code route} for lacking its permission. */
  void denied(ApiCall call, Route route, String why);
}
