package dev.wsconsole.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
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
import java.util.UUID;

import dev.wsconsole.model.Json;
import dev.wsconsole.model.Nullable;
/**
 * JSON Schemas (OpenAPI 3.1) derived from the Java types handlers return: a record becomes an object
 * whose properties are its components in snake_case, each required unless written only when not null.
 */
public final class ResponseSchemas {
  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;
  private static final ObjectMapper MAPPER = Json.mapper();

  private ResponseSchemas() {}

  /** The schema of {@code type}, or null for {@code Void} (no body). */
  public static Map<String, Object> of(Type type) {
    if (type == Untyped.class) {
      return Map.of("type", "object", "x-untyped", true);
    }
    return type == Void.class || type == void.class ? null : schema(type, Map.of());
  }

  private static Map<String, Object> schema(Type type, Map<String, Type> bindings) {
    if (type instanceof TypeVariable<?> variable) {
      return schema(bindings.getOrDefault(variable.getName(), Object.class), bindings);
    }
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (Collection.class.isAssignableFrom(raw)) {
        return Map.of("type", "array", "items", schema(p.getActualTypeArguments()[0], bindings));
      }
      if (Map.class.isAssignableFrom(raw)) {
        return Map.of("type", "object");
      }
      Map<String, Type> inner = new HashMap<>();
      TypeVariable<?>[] params = raw.getTypeParameters();
      for (int i = 0; i < params.length; i++) {
        Type arg = p.getActualTypeArguments()[i];
        inner.put(params[i].getName(),
            arg instanceof TypeVariable<?> v ? bindings.getOrDefault(v.getName(), arg) : arg);
      }
      return schema(raw, inner);
    }
    return classSchema((Class<?>) type, bindings);
  }

  private static Map<String, Object> classSchema(Class<?> c, Map<String, Type> bindings) {
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
    if (c.isEnum()) {
      List<Object> values = new ArrayList<>();
      for (Object constant : c.getEnumConstants()) {
        values.add(MAPPER.convertValue(constant, String.class));
      }
      return Map.of("type", "string", "enum", values);
    }
    if (Collection.class.isAssignableFrom(c)) {
      return Map.of("type", "array");
    }
    if (c.isRecord()) {
      return recordSchema(c, bindings);
    }
    return Map.of("type", "object");
  }

  private static Map<String, Object> recordSchema(Class<?> c, Map<String, Type> bindings) {
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (RecordComponent rc : c.getRecordComponents()) {
      String name = SNAKE.translate(rc.getName());
      Map<String, Object> property = schema(rc.getGenericType(), bindings);
      boolean nullable = rc.isAnnotationPresent(Nullable.class);
      properties.put(name, nullable ? Map.of("anyOf", List.of(property, Map.of("type", "null"))) : property);
      // @JsonInclude cannot target a record component, so Java copies it onto the accessor.
      JsonInclude include = rc.getAccessor().getAnnotation(JsonInclude.class);
      if (include == null || include.value() == JsonInclude.Include.ALWAYS) {
        required.add(name);
      }
    }
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("title", c.getSimpleName());
    schema.put("properties", properties);
    schema.put("required", required);
    return schema;
  }
}
