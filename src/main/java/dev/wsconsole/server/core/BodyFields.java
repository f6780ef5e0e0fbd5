package dev.wsconsole.server.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A JSON object read field by field with the platform's 422s: it tells an absent field from an
 * explicit {@code null}, refuses fields it does not know, and checks types, lengths and ranges.
 * Each reader returns {@code null} when the field is absent or null; ask {@link #has} and
 * {@link #isNull} to tell which.
 */
public final class BodyFields {
  private final ObjectNode node;
  private final List<Object> prefix;

  private BodyFields(ObjectNode node, List<Object> prefix, Set<String> allowed) {
    this.node = node;
    this.prefix = prefix;
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw DomainException.invalid(loc(name), "Extra inputs are not permitted", "extra_forbidden");
      }
    }
  }

  /** The request body's fields; any name outside {@code allowed} is a 422. */
  public static BodyFields of(ObjectNode body, Set<String> allowed) {
    return new BodyFields(body, List.of("body"), allowed);
  }

  /** A nested object's fields (present and not null), reported under this field's location. */
  public BodyFields object(String name, Set<String> allowed) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isObject()) {
      throw DomainException.invalid(loc(name), "Input should be a valid dictionary or object", "model_type");
    }
    return new BodyFields((ObjectNode) value, loc(name), allowed);
  }

  /** A free-form object (present and not null) as it came. */
  public ObjectNode anyObject(String name) {
    JsonNode value = value(name);
    if (value != null && !value.isObject()) {
      throw DomainException.invalid(loc(name), "Input should be a valid dictionary", "dict_type");
    }
    return (ObjectNode) value;
  }

  public boolean has(String name) {
    return node.has(name);
  }

  public boolean isNull(String name) {
    return node.has(name) && node.get(name).isNull();
  }

  /** The names present in this object, in order. */
  public List<String> names() {
    List<String> out = new ArrayList<>();
    node.fieldNames().forEachRemaining(out::add);
    return out;
  }

  public String string(String name, int minLength, int maxLength) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isTextual()) {
      throw DomainException.invalid(loc(name), "Input should be a valid string", "string_type");
    }
    return TextRules.length(loc(name), value.textValue(), minLength, maxLength);
  }

  /** A string that must be one of {@code values}. */
  public String oneOf(String name, List<String> values) {
    String value = string(name, 0, Integer.MAX_VALUE);
    return value == null ? null : TextRules.oneOf(loc(name), value, values);
  }

  public Boolean bool(String name) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isBoolean()) {
      throw DomainException.invalid(loc(name), "Input should be a valid boolean", "bool_type");
    }
    return value.booleanValue();
  }

  public Integer integer(String name, int min, int max) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw DomainException.invalid(loc(name), "Input should be a valid integer", "int_type");
    }
    return (int) TextRules.range(loc(name), value.intValue(), min, max);
  }

  public Double number(String name, double min, double max) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
      throw DomainException.invalid(loc(name), "Input should be a valid number", "float_type");
    }
    return TextRules.range(loc(name), value.doubleValue(), min, max);
  }

  public UUID uuid(String name) {
    String value = string(name, 0, 64);
    return value == null ? null : Params.uuid(loc(name), value);
  }

  /** A list of strings, each {@code minLength}-{@code maxLength} long, at most {@code maxItems}. */
  public List<String> strings(String name, int maxItems, int minLength, int maxLength) {
    JsonNode value = value(name);
    if (value == null) {
      return null;
    }
    if (!value.isArray()) {
      throw DomainException.invalid(loc(name), "Input should be a valid list", "list_type");
    }
    if (value.size() > maxItems) {
      throw DomainException.invalid(loc(name), "List should have at most " + maxItems + " items after validation, not "
          + value.size(), "too_long");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      List<Object> at = loc(name, i);
      if (!value.get(i).isTextual()) {
        throw DomainException.invalid(at, "Input should be a valid string", "string_type");
      }
      out.add(TextRules.length(at, value.get(i).textValue(), minLength, maxLength));
    }
    return out;
  }

  /** The location of a field of this object, with more parts appended (list indexes). */
  public List<Object> loc(String name, Object... more) {
    List<Object> loc = new ArrayList<>(prefix);
    loc.add(name);
    loc.addAll(List.of(more));
    return loc;
  }

  private JsonNode value(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }
}
