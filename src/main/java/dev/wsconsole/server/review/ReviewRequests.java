package dev.wsconsole.server.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.BodyFields;
import dev.wsconsole.server.core.FieldRules;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads the bodies of approve ({@code notes}), reject ({@code reason}) and correct ({@code corrected_data}, {@code notes}). */
final class ReviewRequests {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReviewRequests() {}

  static Map<String, Object> approve(ApiCall call) {
    BodyFields body = BodyFields.of(optionalBody(call), Set.of("notes"));
    return resolution("notes", body.string("notes", 0, 2000));
  }

  static Map<String, Object> reject(ApiCall call) {
    BodyFields body = BodyFields.of(call.bodyTree(), Set.of("reason"));
    return resolution("reason", FieldRules.required(body.string("reason", 1, 2000), body.loc("reason")));
  }

  static Map<String, Object> correct(ApiCall call) {
    BodyFields body = BodyFields.of(call.bodyTree(), Set.of("corrected_data", "notes"));
    ObjectNode data = FieldRules.required(body.anyObject("corrected_data"), body.loc("corrected_data"));
    if (data.isEmpty()) {
      throw DomainException.invalid(body.loc("corrected_data"), "Dictionary should have at least 1 item", "too_short");
    }
    Map<String, Object> out = resolution("notes", body.string("notes", 0, 2000));
    out.put("corrected_data", JSON.convertValue(data, Map.class));
    return out;
  }

  private static ObjectNode optionalBody(ApiCall call) {
    return call.bodyBytes().length == 0 ? JSON.createObjectNode() : call.bodyTree();
  }

  private static Map<String, Object> resolution(String key, String value) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (value != null) {
      out.put(key, value);
    }
    return out;
  }
}
