package dev.wsconsole.server.operations;

import dev.wsconsole.server.core.BodyFields;
import dev.wsconsole.server.core.FieldRules;
import dev.wsconsole.server.http.ApiCall;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Reads the operator request bodies ({@code model.wire.OperatorRequests}) field by field, with the 422s. */
final class OperatorRequestParsing {
  private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{1,14}$");
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private OperatorRequestParsing() {}

  static OperatorStore.Draft create(ApiCall call) {
    BodyFields in = call.bodyFields();
    String name = FieldRules.required(in.string("name", 1, 100), List.of("body", "name"));
    String email = email(in, true);
    List<String> skills = in.strings("skills", 50, 1, 64);
    return new OperatorStore.Draft(name, email, phone(in), orDefault(in.oneOf("role", OperatorRules.ROLES),
        "operator"), orDefault(in.oneOf("type", OperatorRules.TYPES), "clinical"),
        orDefault(in.oneOf("connection_method", OperatorRules.CONNECTIONS), "browser"),
        skills == null ? List.of() : skills);
  }

  /** The columns an update changes; null for a field means "no change". */
  static Map<String, Object> update(ApiCall call) {
    BodyFields in = call.bodyFields();
    Map<String, Object> columns = new LinkedHashMap<>();
    put(columns, "display_name", in.string("name", 1, 100));
    put(columns, "email", email(in, false));
    put(columns, "phone_number", phone(in));
    put(columns, "role", in.oneOf("role", OperatorRules.ROLES));
    put(columns, "operator_type", in.oneOf("type", OperatorRules.TYPES));
    put(columns, "connection_method", in.oneOf("connection_method", OperatorRules.CONNECTIONS));
    put(columns, "skills", in.strings("skills", 50, 1, 64));
    put(columns, "status", in.oneOf("status", OperatorRules.STATUSES));
    return columns;
  }

  /** The call_sid every call action names. */
  static String callSid(BodyFields in) {
    return FieldRules.required(in.string("call_sid", 1, 64), List.of("body", "call_sid"));
  }

  static String mode(BodyFields in, boolean required) {
    String mode = in.oneOf("mode", OperatorRules.MODES);
    return required ? FieldRules.required(mode, List.of("body", "mode")) : orDefault(mode, "listen");
  }

  private static String email(BodyFields in, boolean required) {
    String email = in.string("email", 3, 254);
    if (required) {
      FieldRules.required(email, List.of("body", "email"));
    }
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw dev.wsconsole.server.core.DomainException.invalid(List.of("body", "email"),
          "value is not a valid email address", "value_error");
    }
    return email;
  }

  private static String phone(BodyFields in) {
    String phone = in.string("phone_number", 2, 16);
    if (phone != null && !E164.matcher(phone).matches()) {
      throw dev.wsconsole.server.core.DomainException.invalid(List.of("body", "phone_number"),
          "String should match pattern '^\\+[1-9]\\d{1,14}$'", "string_pattern_mismatch");
    }
    return phone;
  }

  private static void put(Map<String, Object> columns, String column, Object value) {
    if (value != null) {
      columns.put(column, value);
    }
  }

  private static String orDefault(String value, String fallback) {
    return value == null ? fallback : value;
  }
}
