package dev.wsconsole.server.settings;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.model.Environment;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.core.BodyFields;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.workspace.DirectoryStore;
import java.util.function.BiConsumer;

/**
 * HTTP handlers of /v1/{workspace_id}/settings/voice|security|retention. A PUT is partial: an omitted
 * field keeps its value, an explicit null resets it to the default, and unknown fields are a 422.
 */
public final class SettingsHandlers {
  static final String VOICE = "voice";
  static final String SECURITY = "security";
  static final String RETENTION = "retention";
  private final SettingsStore settings;
  private final DirectoryStore directory;

  public SettingsHandlers(SettingsStore settings, DirectoryStore directory) {
    this.settings = settings;
    this.directory = directory;
  }

  public Object voice(ApiCall call) {
    return VoiceSettingsRules.effective(settings.read(call.workspaceId(), VOICE));
  }

  public Object updateVoice(ApiCall call) {
    return VoiceSettingsRules.effective(update(call, VOICE, VoiceSettingsRules::apply));
  }

  public Object security(ApiCall call) {
    return SecuritySettingsRules.effective(settings.read(call.workspaceId(), SECURITY));
  }

  public Object updateSecurity(ApiCall call) {
    return SecuritySettingsRules.effective(update(call, SECURITY, SecuritySettingsRules::apply));
  }

  public Object retention(ApiCall call) {
    return RetentionRules.effective(settings.read(call.workspaceId(), RETENTION), environment(call));
  }

  public Object updateRetention(ApiCall call) {
    Environment environment = environment(call);
    ObjectNode stored = update(call, RETENTION, (in, s) -> RetentionRules.apply(in, s, environment));
    return RetentionRules.effective(stored, environment);
  }

  /** Applies the body's fields (those of the route's declared settings record) to the stored section. */
  private ObjectNode update(ApiCall call, String section, BiConsumer<BodyFields, ObjectNode> rules) {
    BodyFields in = call.bodyFields();
    return settings.update(call.workspaceId(), section, stored -> rules.accept(in, stored),
        AuditRecord.allowed(call.actor(), "settings." + section + ".update", "", call.requestId()));
  }

  private Environment environment(ApiCall call) {
    return directory.get(call.workspaceId()).orElseThrow(() -> DomainException.notFound("Workspace"))
        .environment();
  }
}
