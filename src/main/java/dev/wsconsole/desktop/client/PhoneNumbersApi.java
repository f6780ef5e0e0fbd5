package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A workspace's phone numbers and the service each routes to ({@code /v1/{ws}/phone-numbers}). */
public final class PhoneNumbersApi {
  private final JsonHttp http;

  public PhoneNumbersApi(JsonHttp http) {
    this.http = http;
  }

  /** A number as listed. */
  public record Number(UUID id, String phoneNumber, String displayName, String status, UUID inboundServiceId) {}

  /** {@code limit} numbers from {@code token} (null for the first page). */
  public Page<Number> list(UUID ws, int limit, String token) {
    return Nodes.page(http.get("/v1/" + ws + "/phone-numbers?limit=" + limit
        + (token == null ? "" : "&continuation_token=" + Nodes.enc(token))), PhoneNumbersApi::read);
  }

  /** Adds an E.164 number routed to {@code serviceId} (null: not routed yet). */
  public Number add(UUID ws, String phoneNumber, String displayName, UUID serviceId) {
    Map<String, Object> body = new HashMap<>();
    body.put("phone_number", phoneNumber);
    body.put("display_name", displayName);
    body.put("inbound_service_id", serviceId);
    return read(http.send("POST", "/v1/" + ws + "/phone-numbers", body));
  }

  public void delete(UUID ws, UUID id) {
    http.send("DELETE", "/v1/" + ws + "/phone-numbers/" + id, null);
  }

  private static Number read(JsonNode n) {
    return new Number(Nodes.uuid(n, "id"), n.path("phone_number").asText(), Nodes.text(n, "display_name"),
        n.path("status").asText(), Nodes.uuid(n, "inbound_service_id"));
  }
}
