package dev.wsconsole.desktop.client;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.PhoneNumber;
import dev.wsconsole.model.wire.PhoneNumberRequests;
import java.util.UUID;

/** A workspace's phone numbers and the service each routes to ({@code /v1/{ws}/phone-numbers}). */
public final class PhoneNumbersApi {
  private final JsonHttp http;

  public PhoneNumbersApi(JsonHttp http) {
    this.http = http;
  }

  /** {@code limit} numbers from {@code token} (null for the first page). */
  public Page<PhoneNumber> list(UUID ws, int limit, Integer token) {
    return http.page("/v1/" + ws + "/phone-numbers?limit=" + limit + QueryText.token(token), PhoneNumber.class);
  }

  /** Adds an E.164 number routed to {@code serviceId} (null: not routed yet). */
  public PhoneNumber add(UUID ws, String phoneNumber, String displayName, UUID serviceId) {
    PhoneNumberRequests.Create body = new PhoneNumberRequests.Create(phoneNumber, displayName, null, null, null,
        serviceId, null, null, null);
    return http.send("POST", "/v1/" + ws + "/phone-numbers", body, PhoneNumber.class);
  }

  public void delete(UUID ws, UUID id) {
    http.send("DELETE", "/v1/" + ws + "/phone-numbers/" + id, null);
  }
}
