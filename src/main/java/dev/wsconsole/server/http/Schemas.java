package dev.wsconsole.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.wsconsole.model.Json;
import dev.wsconsole.model.Nullable;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * JSON Schemas (OpenAPI 3.1) derived from the Java types routes read and answer: a record becomes a named
 * component (its components in snake_case, each required in an answer unless written only when not null),
 * referenced by {@code $ref}; scalars, enums, lists and maps are written inline.
 */
public final class Schemas {
  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
  private static final ObjectMapper MAPPER = Json.mapper();
  private final Map<String, Map<String, Object>> components = new TreeMap<>();
  private final Map<String, Type> named = new HashMap<>();
  /** True while a request body is described: its records list no required fields (the 422 answer names them). */
  private boolean describingRequest;

  /** A record component's name on the wire (snake_case, as {@link Json} writes it). */
  public static String wireName(String componentName) {
    return SNAKE.translate(componentName);
  }

  /** Every named schema referenced so far, by name (the document's {@code components.schemas}). */
  public Map<String, Map<String, Object>> components() {
    return components;
  }

  /** The schema of a response body of {@code type}, or null for {@code Void} (no body). */
  public Map<String, Object> response(Type type) {
    if (type == Untyped.class) {
      return Map.of("type", "object", "x-untyped", true);
    }
    return type == Void.class || type == void.class ? null : schema(type, Map.of());
  }

  /** The schema of a request body of {@code type}: a record, a {@link Partial} record or {@link OneOf} records. */
  public Map<String, Object> request(Type type) {
    if (type instanceof Partial partial) {
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("type", "object");
      schema.put("description", "Any of " + partial.of().getSimpleName() + "'s fields; an absent field keeps its value.");
      schema.put("properties", properties(partial.of(), Map.of(), new ArrayList<>(), true));
      schema.put("additionalProperties", false);
      return schema;
    }
    describingRequest = true;
    try {
      if (type instanceof OneOf oneOf) {
        return Map.of("oneOf", oneOf.types().stream().map(t -> schema(t, Map.of())).toList());
      }
      return schema(type, Map.of());
    } finally {
      describingRequest = false;
    }
  }

  /** A named component built by hand (the error bodies), referenced by {@code $ref}. */
  public Map<String, Object> ref(String name, Map<String, Object> schema) {
    components.put(name, schema);
    return Map.of("$ref", "#/components/schemas/" + name);
  }

  private Map<String, Object> schema(Type type, Map<String, Type> bindings) {
    if (type instanceof TypeVariable<?> variable) {
      return schema(bindings.getOrDefault(variable.getName(), Object.class), bindings);
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (Collection.class.isAssignableFrom(raw)) {
        return Map.of("type", "array", "items", schema(p.getActualTypeArguments()[0], bindings));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return Map.of("type", "object", "additionalProperties", schema(p.getActualTypeArguments()[1], bindings));
      }
      Map<String, Type> inner = new HashMap<>();
      TypeVariable<?>[] params = raw.getTypeParameters();
      List<String> argNames = new ArrayList<>();
      for (int i = 0; i < params.length; i++) {
        Type arg = p.getActualTypeArguments()[i];
        Type bound = arg instanceof TypeVariable<?> v ? bindings.getOrDefault(v.getName(), arg) : arg;
        inner.put(params[i].getName(), bound);
        argNames.add(bound instanceof Class<?> c ? name(c) : "Object");
      }
      return raw.isRecord() ? record(raw, inner, raw.getSimpleName() + "Of" + String.join("And", argNames), p)
          : schema(raw, inner);
    }
    return classSchema((Class<?>) type, bindings);
  }

  private Map<String, Object> classSchema(Class<?> c, Map<String, Type> bindings) {
    if (c == String.class || c == char.class) {
      return Map.of("type", "string");
    }
    if (c == UUID.class) {
      return Map.of("type", "string", "format", "uuid");
    }
    if (c == Instant.class) {
      return Map.of("type", "string", "format", "date-time");
    }
    if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
      return Map.of("type", "integer");
    }
    if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
      return Map.of("type", "number");
    }
    if (c == boolean.class || c == Boolean.class) {
      return Map.of("type", "boolean");
    }
    if (c == Object.class || JsonNode.class.isAssignableFrom(c)) {
      return Map.of(); // any JSON value
    }
    if (c.isEnum()) {
      List<Object> values = new ArrayList<>();
      for (Object constant : c.getEnumConstants()) {
        values.add(MAPPER.convertValue(constant, String.class));
      }
      return Map.of("type", "string", "enum", values);
    }
    if (Collection.class.isAssignableFrom(c)) {
      return Map.of("type", "array", "items", Map.of());
    }
    if (c.isRecord()) {
      return record(c, bindings, name(c), c);
    }
    return Map.of("type", "object");
  }

  /** A record as a named component (built once), answered as a {@code $ref} to it. */
  private Map<String, Object> record(Class<?> c, Map<String, Type> bindings, String name, Type key) {
    Map<String, Object> ref = Map.of("$ref", "#/components/schemas/" + name);
    Type seen = named.putIfAbsent(name, key);
    if (seen != null) {
      if (!seen.equals(key)) {
        throw new IllegalStateException("two types are both named " + name + " in the OpenAPI document");
      }
      return ref;
    }
    List<String> required = new ArrayList<>();
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("title", name);
    components.put(name, schema); // before the properties, so that a record may refer to itself
    schema.put("properties", properties(c, bindings, required, false));
    schema.put("required", required);
    return ref;
  }

  private Map<String, Object> properties(Class<?> c, Map<String, Type> bindings, List<String> required,
                                         boolean allNullable) {
    Map<String, Object> properties = new LinkedHashMap<>();
    for (RecordComponent rc : c.getRecordComponents()) {
      String wire = wireName(rc.getName());
      Map<String, Object> property = schema(rc.getGenericType(), bindings);
      boolean nullable = allNullable || rc.isAnnotationPresent(Nullable.class);
      properties.put(wire, nullable ? Map.of("anyOf", List.of(property, Map.of("type", "null"))) : property);
      // @JsonInclude cannot target a record component, so Java copies it onto the accessor.
      JsonInclude include = rc.getAccessor().getAnnotation(JsonInclude.class);
      if (!describingRequest && (include == null || include.value() == JsonInclude.Include.ALWAYS)) {
        required.add(wire);
      }
    }
    return properties;
  }

  /** A nested record's component name: its enclosing classes' names and its own, joined. */
  private static String name(Class<?> c) {
    return c.getEnclosingClass() == null ? c.getSimpleName() : name(c.getEnclosingClass()) + c.getSimpleName();
  }
}
