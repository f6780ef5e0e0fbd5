package dev.wsconsole.model.wire;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.wsconsole.model.CallForwarding;
import java.util.List;
import java.util.UUID;

/** Request bodies of the phone-number operations (contract names, snake_case on the wire). */
public final class PhoneNumberRequests {
  private PhoneNumberRequests() {}

  /** CreatePhoneNumberRequest: only {@code phone_number} is required; a null field gets its default. */
  public record Create(String phoneNumber, String displayName, String provider, List<String> capabilities,
                       String status, UUID inboundServiceId, String providerPhoneSid, String notes,
                       CallForwarding forwarding) {}

  /** UpdatePhoneNumberRequest: every field optional; a null or absent field keeps its value. */
  // On the wire an explicit null clears inbound_service_id, provider_phone_sid and forwarding, so null
  // components are left out (NON_NULL): sent as this record, null means "no change" for every field.
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Update(String displayName, String provider, List<String> capabilities, String status,
                       UUID inboundServiceId, String providerPhoneSid, String notes, CallForwarding forwarding) {}
}
