package dev.wsconsole.model.wire;

import dev.wsconsole.model.Environment;
import java.util.List;

/** Response bodies of the workspace operations other than WorkspaceResponse itself (contract names). */
public final class WorkspaceResponses {
  private WorkspaceResponses() {}

  /** ProvisionResponse. */
  public record Provisioned(WorkspaceView workspace) {}

  /** EnvironmentCheckResponse: what converting to {@code target} would change. */
  public record EnvironmentCheck(Environment current, Environment target, List<String> warnings) {}

  /** TestCallerNumbersResponse. */
  public record TestCallerNumbers(List<String> numbers) {}
}
