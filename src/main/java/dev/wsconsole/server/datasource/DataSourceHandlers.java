package dev.wsconsole.server.datasource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.model.Json;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.DataSourceRequests.Create;
import dev.wsconsole.model.wire.DataSourceRequests.Update;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.Params;
import dev.wsconsole.server.http.ApiCall;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** HTTP handlers of /v1/{workspace_id}/data-sources: create, list, get, update and delete. */
public final class DataSourceHandlers {
  private static final ObjectMapper JSON = Json.mapper();
  private static final List<Object> CONFIG_LOC = List.of("body", "connection_config");
  private final DataSourceStore store;
  private final dev.wsconsole.server.fhir.ImportTargets targets;

  public DataSourceHandlers(DataSourceStore store, dev.wsconsole.server.fhir.ImportTargets targets) {
    this.store = store;
    this.targets = targets;
  }

  public Object create(ApiCall call) {
    Create req = call.body(Create.class);
    String name = DataSourceRules.name(req.name());
    String type = DataSourceRules.sourceType(req.sourceType());
    String strategy = DataSourceRules.syncStrategy(req.syncStrategy());
    ObjectNode config = document(req.connectionConfig(), "connection_config");
    dev.wsconsole.server.fhir.FhirSourceRules.check(config, CONFIG_LOC, targets.get(), call.workspaceId());
    ConnectionSecretRules.Split split = ConnectionSecretRules.split(config, null, CONFIG_LOC);
    DataSourceDraft draft = new DataSourceDraft(name, DataSourceRules.displayName(req.displayName()), type,
        split.masked(), split.secrets(), DataSourceRules.entityTypes(req.entityTypes()),
        document(req.fieldMappings(), "field_mappings"), strategy == null ? "manual" : strategy,
        DataSourceRules.syncSchedule(req.syncSchedule()), true);
    try {
      return DataSourceMapping.view(store.create(call.workspaceId(), draft, audit(call, "create")), Instant.now());
    } catch (DataSourceStore.DuplicateNameException e) {
      throw duplicate(name);
    }
  }

  public Object list(ApiCall call) {
    String active = call.query("is_active");
    Boolean isActive = active == null || active.isEmpty() ? null
        : Params.bool(List.of("query", "is_active"), active, false);
    List<String> types = DataSourceRules.sourceTypeFilter(call.queryAll("source_type"));
    String search = call.query("search");
    if (search != null && search.length() > 200) {
      throw DomainException.invalid(List.of("query", "search"), "String should have at most 200 characters",
          "string_too_long");
    }
    String pattern = search == null || search.isEmpty() ? null
        : "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    int limit = call.queryInt("limit", 10, 1, 20);
    int offset = call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE);
    var page = store.list(call.workspaceId(), new DataSourceStore.Filter(isActive, types, pattern), limit, offset);
    Instant now = Instant.now();
    return Page.of(page.items().stream().map(r -> DataSourceMapping.view(r, now)).toList(), offset, page.total());
  }

  public Object get(ApiCall call) {
    return DataSourceMapping.view(store.get(call.workspaceId(), id(call)).orElseThrow(DataSourceHandlers::notFound), Instant.now());
  }

  public Object update(ApiCall call) {
    UUID id = id(call);
    Update req = call.body(Update.class);
    String display = DataSourceRules.displayName(req.displayName());
    String strategy = DataSourceRules.syncStrategy(req.syncStrategy());
    String schedule = DataSourceRules.syncSchedule(req.syncSchedule());
    List<String> entities = DataSourceRules.entityTypes(req.entityTypes());
    ObjectNode config = req.connectionConfig() == null ? null : document(req.connectionConfig(), "connection_config");
    if (config != null) {
      dev.wsconsole.server.fhir.FhirSourceRules.check(config, CONFIG_LOC, targets.get(), call.workspaceId());
    }
    ObjectNode mappings = req.fieldMappings() == null ? null : document(req.fieldMappings(), "field_mappings");
    try {
      return update(call, id, req, display, strategy, schedule, entities, config, mappings);
    } catch (SecretCipher.UnsealFailedException e) {
      throw DomainException.conflict("The stored secrets of this data source do not decrypt here (copied from elsewhere,"
          + " or the secret key changed): send every secret again instead of the mask.");
    }
  }

  private Object update(ApiCall call, UUID id, Update req, String display, String strategy, String schedule,
                        List<String> entities, ObjectNode config, ObjectNode mappings) {
    return DataSourceMapping.view(store.update(call.workspaceId(), id, (current, secrets) -> {
      // Without a new configuration the stored ciphertext stays as it is, never unsealed.
      ConnectionSecretRules.Split split = config == null
          ? new ConnectionSecretRules.Split(current.maskedConfig(), null)
          : ConnectionSecretRules.split(config, secrets, CONFIG_LOC);
      return new DataSourceDraft(current.name(), display != null ? display : current.displayName(),
          current.sourceType(), split.masked(), split.secrets(), entities != null ? entities : current.entityTypes(),
          mappings != null ? mappings : current.fieldMappings(),
          strategy != null ? strategy : current.syncStrategy(), schedule != null ? schedule : current.syncSchedule(),
          req.isActive() != null ? req.isActive() : current.isActive());
    }, audit(call, "update")).orElseThrow(DataSourceHandlers::notFound), Instant.now());
  }

  public Object delete(ApiCall call) {
    if (!store.delete(call.workspaceId(), id(call), audit(call, "delete"))) {
      throw notFound();
    }
    return null;
  }

  static UUID id(ApiCall call) {
    return call.pathUuid("data_source_id");
  }

  static DomainException notFound() {
    return DomainException.notFound("Data source");
  }

  static AuditRecord audit(ApiCall call, String verb) {
    return AuditRecord.allowed(call.actor(), "data_source." + verb, "", call.requestId());
  }

  private static ObjectNode document(Map<String, Object> value, String field) {
    if (value == null) {
      return JSON.createObjectNode();
    }
    try {
      DataSourceRules.document(value, field, JSON.writeValueAsBytes(value).length);
    } catch (JsonProcessingException e) {
      throw DomainException.invalid(List.of("body", field), "Invalid JSON object", "value_error");
    }
    return JSON.valueToTree(value);
  }

  private static DomainException duplicate(String name) {
    return DomainException.conflict("The name '" + name + "' is already used by another data source in this workspace.");
  }
}
