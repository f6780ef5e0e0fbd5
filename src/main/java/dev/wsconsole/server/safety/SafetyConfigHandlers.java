package dev.wsconsole.server.safety;

import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.http.ApiCall;

/** HTTP handlers of /v1/{workspace_id}/safety/config: read (defaults until first written) and upsert. */
public final class SafetyConfigHandlers {
  private final SafetyConfigStore store;

  public SafetyConfigHandlers(SafetyConfigStore store) {
    this.store = store;
  }

  public Object get(ApiCall call) {
    return store.get(call.workspaceId());
  }

  public Object update(ApiCall call) {
    SafetyConfig.Update req = call.body(SafetyConfig.Update.class);
    SafetyConfigRules.merge(SafetyConfigRules.DEFAULTS, req); // answer bad input before opening a transaction
    return store.update(call.workspaceId(), current -> SafetyConfigRules.merge(current, req),
        AuditRecord.allowed(call.actor(), "safety.config.update", "", call.requestId()));
  }
}
