package dev.wsconsole.server.demo;

import java.util.UUID;

/**
 * A demo clinic's workspace while the plan runs: its id, the API as its owner, the demo people (who accept
 * invitations as themselves), and the backend for what no API offers (the imports folder, calls, review items).
 */
record DemoWorkspace(DemoClinic clinic, UUID id, DemoApi owner, DemoPeople people,
                     dev.wsconsole.server.app.Backend backend) {
  /** {@code /v1/{workspace_id}} of this workspace. */
  String in() {
    return "/v1/" + id;
  }
}
