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
   * The last check before a workspace route's handler, once the role allows it: the caller's standing beyond
   * the role (the voice step of sign-in: 403 with a {@code code} in the body) and the workspace's state (an
   * archived workspace takes no writes: 409).
   */
  void admit(ApiCall call, Route route);

  /** Records that {@code call} was refused {@code route} for lacking its permission. */
  void denied(ApiCall call, Route route, String why);
}
