package dev.wsconsole.model.wire;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Request bodies of the call operations (snake_case on the wire). */
public final class CallRequests {
  private CallRequests() {}

  /** A simulation request: how many calls to make (10 when null or left out). */
  // The server refuses an explicit "count": null as not an integer, so a null count is left out (NON_NULL).
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Simulate(Integer count) {}
}
