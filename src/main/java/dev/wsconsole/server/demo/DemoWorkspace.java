package dev.wsconsole.server.demo;

import java.util.UUID;

/**
 * A demo clinic's workspace while the plan runs: its id, the API as its owner, and the demo people
 * (who accept invitations as themselves).
 */
record DemoWorkspace(DemoClinic clinic, UUID id, DemoApi owner, DemoPeople people) {
  /** {@code /v1/{workspace_id}} of this workspace. */
  String in() {
    return "/v1/" + id;
  }
}
