package dev.wsconsole.model.wire;

import java.util.List;
import java.util.Map;

/** Request bodies of the data-source operations (contract names, snake_case on the wire). */
public final class DataSourceRequests {
  private DataSourceRequests() {}

  /** CreateDataSourceRequest. */
  public record Create(String name, String displayName, String sourceType, Map<String, Object> connectionConfig,
                       List<String> entityTypes, Map<String, Object> fieldMappings, String syncStrategy,
                       String syncSchedule) {}

  /** UpdateDataSourceRequest: every field optional; a null or absent field keeps its value. */
  public record Update(String displayName, Map<String, Object> connectionConfig, List<String> entityTypes,
                       Map<String, Object> fieldMappings, String syncStrategy, String syncSchedule,
                       Boolean isActive) {}
}
