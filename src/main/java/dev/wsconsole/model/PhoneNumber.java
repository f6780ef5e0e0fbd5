package dev.wsconsole.model;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A phone number registered in a workspace (the platform's PhoneNumberResponse). */
public record PhoneNumber(UUID id, UUID workspaceId, String phoneNumber, String displayName, String provider,
                          List<String> capabilities, String status, UUID inboundServiceId, String providerPhoneSid,
                          String notes, CallForwarding forwarding, Instant createdAt, Instant updatedAt) {}
