package dev.wsconsole.server.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.core.BodyFields;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.FieldRules;
import dev.wsconsole.server.http.ApiCall;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the bodies of approve ({@code notes}), reject ({@code reason}) and correct ({@code corrected_data},
 * {@code notes}); a null field counts as absent.
 */
final class ReviewRequestParsing {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ReviewRequestParsing() {}

  static Map<String, Object> approve(ApiCall call) {
    BodyFields body = call.optionalBodyFields();
    return resolution("notes", body.string("notes", 0, 2000));
  }

  static Map<String, Object> reject(ApiCall call) {
    BodyFields body = call.bodyFields();
    return resolution("reason", FieldRules.required(body.string("reason", 1, 2000), body.loc("reason")));
  }

  static Map<String, Object> correct(ApiCall call) {
    BodyFields body = call.bodyFields();
    ObjectNode data = FieldRules.required(body.anyObject("corrected_data"), body.loc("corrected_data"));
    if (data.isEmpty()) {
      throw DomainException.invalid(body.loc("corrected_data"), "Dictionary should have at least 1 item", "too_short");
    }
    Map<String, Object> out = resolution("notes", body.string("notes", 0, 2000));
    out.put("corrected_data", JSON.convertValue(data, Map.class));
    return out;
  }

  private static Map<String, Object> resolution(String key, String value) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (value != null) {
      out.put(key, value);
    }
    return out;
  }
}
