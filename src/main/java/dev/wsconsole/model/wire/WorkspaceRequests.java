package dev.wsconsole.model.wire;

import dev.wsconsole.model.Environment;
import java.util.List;

/** Request bodies of the workspace operations (contract names, snake_case on the wire). */
public final class WorkspaceRequests {
  private WorkspaceRequests() {}

  /** CreateWorkspaceRequest; environment is required here (the platform defaults it). */
  public record Create(String slug, String name, Environment environment, String region, String backendOrgId) {}

  /** UpdateWorkspaceRequest: every field optional. */
  public record Update(String name, String connectorType, Environment environment, String region) {}

  /** ArchiveWorkspaceRequest: the slug, typed to confirm. */
  public record Archive(String slug) {}

  /** ConvertEnvironmentRequest. */
  public record Convert(Environment target, String confirmSlug) {}

  /** TestCallerNumbersRequest. */
  public record TestCallers(List<String> numbers) {}
}
