package dev.wsconsole.server.workspace;

import dev.wsconsole.model.Workspace;
import java.util.Set;

/**
 * An archived workspace is read-only until an owner restores it: every request but a read is refused
 * (409), except its restore and the few POSTs that change no workspace data (decision 0034).
 */
public final class ArchivedWorkspaceRules {
  /** The refusal's detail. */
  public static final String DETAIL = "This workspace is archived; an owner can restore it.";
  /**
   * Operations an archived workspace still answers although they are not GETs: its restore; the audit
   * chain's verification and an audit export, which read (the audit log is the security record and keeps
   * recording); and the voice step's challenge, verification and skip, which only prove who is signing in,
   * so that an owner of a voice-gated archived workspace can still reach it to restore it.
   */
  static final Set<String> OPEN_WHILE_ARCHIVED = Set.of("restore-workspace", "verify-audit-chain",
      "create-audit-export", "create-voiceprint-challenge", "verify-voiceprint", "report-voiceprint-skip");

  private ArchivedWorkspaceRules() {}

  /** Whether {@code workspace}'s state refuses the operation {@code operationId} sent with {@code method}. */
  public static boolean refuses(Workspace workspace, String method, String operationId) {
    return workspace != null && workspace.archivedAt() != null && !"GET".equalsIgnoreCase(method)
        && !OPEN_WHILE_ARCHIVED.contains(operationId);
  }
}
