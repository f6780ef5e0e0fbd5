package dev.wsconsole.server.promotion;

import java.util.Map;
import java.util.UUID;

/**
 * One live agent or context graph as promotion sees it: its versions by content digest (so a version
 * pinned in one workspace is found in another whatever its number there) and the latest one's digest.
 */
record DocumentState(UUID id, String description, String latestDigest, Map<String, Integer> versionByDigest,
                     Map<String, String> documentByDigest) {}
