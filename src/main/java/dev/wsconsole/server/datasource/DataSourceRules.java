package dev.wsconsole.server.datasource;

import static dev.wsconsole.server.core.FieldRules.at;

import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.FieldRules;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Pure checks and decisions for data sources: the contract's enums and limits, and when a source is stale. */
public final class DataSourceRules {
  public static final List<String> SOURCE_TYPES = List.of("rest_api", "webhook", "file_drop", "fhir", "fhir_store",
      "ehr", "crm", "database", "custom", "smart_fhir");
  public static final List<String> SYNC_STRATEGIES = List.of("manual", "scheduled", "webhook", "continuous");
  /** Our own bounds where the contract has none: a configuration is a document, not a data set. */
  public static final int MAX_CONFIG_ENTRIES = 200;
  public static final int MAX_CONFIG_BYTES = 64 * 1024;
  /** A source synced automatically is stale when its last successful sync is older than this. */
  public static final Duration STALE_AFTER = Duration.ofHours(24);
  private static final List<Object> BODY = List.of("body");

  private DataSourceRules() {}

  public static String name(String value) {
    return FieldRules.name(value, at(BODY, "name"), 256);
  }

  public static String displayName(String value) {
    return value == null ? null : FieldRules.name(value, at(BODY, "display_name"), 256);
  }

  public static String sourceType(String value) {
    return FieldRules.oneOf(FieldRules.required(value, at(BODY, "source_type")), at(BODY, "source_type"),
        SOURCE_TYPES);
  }

  public static String syncStrategy(String value) {
    return FieldRules.oneOf(value, at(BODY, "sync_strategy"), SYNC_STRATEGIES);
  }

  public static String syncSchedule(String value) {
    return FieldRules.text(value, at(BODY, "sync_schedule"), 256);
  }

  public static List<String> entityTypes(List<String> value) {
    return value == null ? null : List.copyOf(FieldRules.strings(value, at(BODY, "entity_types"), 100, 64, true));
  }

  public static Map<String, Object> document(Map<String, Object> value, String field, int serializedBytes) {
    FieldRules.map(value, at(BODY, field), MAX_CONFIG_ENTRIES);
    if (serializedBytes > MAX_CONFIG_BYTES) {
      throw DomainException.invalid(at(BODY, field), "Should be at most " + MAX_CONFIG_BYTES + " bytes of JSON",
          "too_long");
    }
    return value;
  }

  /** A scheduled, webhook or continuous source is stale without a successful sync in {@link #STALE_AFTER}. */
  public static boolean isStale(boolean active, String syncStrategy, Instant lastSuccess, Instant now) {
    if (!active || "manual".equals(syncStrategy)) {
      return false;
    }
    return lastSuccess == null || lastSuccess.isBefore(now.minus(STALE_AFTER));
  }

  /** A query's source_type filter values, each one of the enum. */
  public static List<String> sourceTypeFilter(List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      FieldRules.oneOf(values.get(i), List.of("query", "source_type", i), SOURCE_TYPES);
    }
    return values;
  }
}
