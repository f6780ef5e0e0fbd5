package dev.wsconsole.server.datasource;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A data source's settings as they will be stored: the connection configuration with its secrets
 * masked, and the secrets themselves (by JSON pointer), which the store seals before they reach SQL;
 * null secrets keep the stored ciphertext as it is.
 */
public record DataSourceDraft(String name, String displayName, String sourceType, ObjectNode maskedConfig,
                              ObjectNode secrets, List<String> entityTypes, ObjectNode fieldMappings,
                              String syncStrategy, String syncSchedule, boolean isActive) {}
