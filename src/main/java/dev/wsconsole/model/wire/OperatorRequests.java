package dev.wsconsole.model.wire;

import java.util.List;

/**
 * Request bodies of the operator roster and call actions (contract names, snake_case on the wire); the server
 * reads every optional field's {@code null} as if it were absent (a default, or "no change" in an update).
 */
public final class OperatorRequests {
  private OperatorRequests() {}

  /** CreateOperatorRequest ({@code name} and {@code email} required). */
  public record Create(String name, String email, String phoneNumber, String role, String type,
                       String connectionMethod, List<String> skills) {}

  /** UpdateOperatorRequest: every field optional; a null or absent field keeps its value. */
  public record Update(String name, String email, String phoneNumber, String role, String type,
                       String connectionMethod, List<String> skills, String status) {}

  /** The call an operator joins, and how (listen when null). */
  public record Join(String callSid, String mode) {}

  /** The call an operator leaves. */
  public record Leave(String callSid) {}

  /** The operator's new mode on a call. */
  public record SwitchMode(String callSid, String mode, String participantCallSid) {}

  /** Guidance whispered to the agent on a call. */
  public record Guidance(String callSid, String message) {}

  /** How a call ended, with notes (none when null). */
  public record WrapUp(String callSid, String outcome, String notes) {}
}
