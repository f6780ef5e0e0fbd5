package dev.wsconsole.server.phone;

import static dev.wsconsole.server.phone.PhoneNumberRules.CREATE_CAPABILITIES_MAX;
import static dev.wsconsole.server.phone.PhoneNumberRules.DISPLAY_NAME_MAX;
import static dev.wsconsole.server.phone.PhoneNumberRules.FORWARDING_FIELDS;
import static dev.wsconsole.server.phone.PhoneNumberRules.NOTES_MAX;
import static dev.wsconsole.server.phone.PhoneNumberRules.PROVIDERS;
import static dev.wsconsole.server.phone.PhoneNumberRules.PROVIDER_SID_MAX;
import static dev.wsconsole.server.phone.PhoneNumberRules.STATUSES;
import static dev.wsconsole.server.phone.PhoneNumberRules.UPDATE_CAPABILITIES_MAX;

import dev.wsconsole.model.CallForwarding;
import dev.wsconsole.model.PhoneNumber;
import dev.wsconsole.server.core.BodyFields;
import dev.wsconsole.server.http.ApiCall;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Reads the phone-number request bodies ({@code model.wire.PhoneNumberRequests}, ForwardingConfigRequest)
 * field by field, so that in an update an explicit {@code null} clears the nullable fields
 * (inbound_service_id, provider_phone_sid, forwarding) while an omitted field stays.
 * For the non-nullable fields, {@code null} means "no change", as in the platform.
 */
final class PhoneNumberRequestParsing {
  private PhoneNumberRequestParsing() {}

  static PhoneNumber create(ApiCall call) {
    BodyFields in = call.bodyFields();
    String number = PhoneNumberRules.e164(in, "phone_number");
    List<String> caps = PhoneNumberRules.capabilities(in, CREATE_CAPABILITIES_MAX);
    BodyFields fwd = in.object("forwarding", FORWARDING_FIELDS);
    return new PhoneNumber(UUID.randomUUID(), call.workspaceId(), number,
        or(in.string("display_name", 0, DISPLAY_NAME_MAX), ""), or(in.oneOf("provider", PROVIDERS), "twilio"),
        caps == null ? List.of("inbound", "outbound") : caps, or(in.oneOf("status", STATUSES), "active"),
        in.uuid("inbound_service_id"), in.string("provider_phone_sid", 0, PROVIDER_SID_MAX),
        or(in.string("notes", 0, NOTES_MAX), ""), fwd == null ? null : PhoneNumberRules.forwarding(fwd, number),
        null, null);
  }

  /** The change an UpdatePhoneNumberRequest makes, validated now and applied to the locked row later. */
  static UnaryOperator<PhoneNumber> update(ApiCall call) {
    BodyFields in = call.bodyFields();
    String name = in.string("display_name", 0, DISPLAY_NAME_MAX);
    String provider = in.oneOf("provider", PROVIDERS);
    List<String> caps = PhoneNumberRules.capabilities(in, UPDATE_CAPABILITIES_MAX);
    String status = in.oneOf("status", STATUSES);
    UUID service = in.uuid("inbound_service_id");
    String sid = in.string("provider_phone_sid", 0, PROVIDER_SID_MAX);
    String notes = in.string("notes", 0, NOTES_MAX);
    BodyFields fwd = in.object("forwarding", FORWARDING_FIELDS);
    boolean keepService = !in.has("inbound_service_id");
    boolean keepSid = !in.has("provider_phone_sid");
    boolean keepForwarding = !in.has("forwarding");
    return n -> new PhoneNumber(n.id(), n.workspaceId(), n.phoneNumber(), or(name, n.displayName()),
        or(provider, n.provider()), or(caps, n.capabilities()), or(status, n.status()),
        keepService ? n.inboundServiceId() : service, keepSid ? n.providerPhoneSid() : sid, or(notes, n.notes()),
        keepForwarding ? n.forwarding() : fwd == null ? null : PhoneNumberRules.forwarding(fwd, n.phoneNumber()),
        n.createdAt(), n.updatedAt());
  }

  /** A ForwardingConfigRequest body. */
  static BodyFields forwarding(ApiCall call) {
    return call.bodyFields();
  }

  static UnaryOperator<PhoneNumber> withForwarding(BodyFields in) {
    PhoneNumberRules.e164(in, "forward_to"); // fail before locking anything
    return n -> with(n, PhoneNumberRules.forwarding(in, n.phoneNumber()));
  }

  static PhoneNumber with(PhoneNumber n, CallForwarding forwarding) {
    return new PhoneNumber(n.id(), n.workspaceId(), n.phoneNumber(), n.displayName(), n.provider(), n.capabilities(),
        n.status(), n.inboundServiceId(), n.providerPhoneSid(), n.notes(), forwarding, n.createdAt(), n.updatedAt());
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
