package dev.wsconsole.server.promotion;

import java.util.UUID;

/** Request bodies of the promotion operations (extensions; snake_case on the wire). */
public final class PromotionRequests {
  private PromotionRequests() {}

  /** PromotionPreviewRequest: the workspace that would receive this workspace's configuration. */
  public record Preview(UUID targetWorkspaceId) {}

  /** PromoteRequest: the target, and optionally the digest of the preview the caller approved. */
  public record Promote(UUID targetWorkspaceId, String previewDigest) {}
}
