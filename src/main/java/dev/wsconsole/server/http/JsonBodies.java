package dev.wsconsole.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.core.DomainException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a request's JSON body, turning every way it can be wrong into the platform's 422 {@code loc/msg/type};
 * {@link JsonBodyScan} first refuses what Jackson would accept but PostgreSQL or the contract cannot.
 */
final class JsonBodies {
  private JsonBodies() {}

  /** The body as {@code type}: malformed JSON, unknown fields and wrong types are 422s. */
  static <T> T read(ObjectMapper mapper, byte[] bytes, Class<T> type) {
    if (bytes.length == 0) {
      throw DomainException.invalid(List.of("body"), "Field required", "missing");
    }
    JsonBodyScan.check(bytes);
    try {
      T value = mapper.readValue(bytes, type);
      if (value == null) {
        throw DomainException.invalid(List.of("body"), "Input should be an object", "model_type");
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      throw DomainException.invalid(loc(e), "Extra inputs are not permitted", "extra_forbidden");
    } catch (ValueInstantiationException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw DomainException.invalid(loc(e), cause.getMessage(), "value_error");
    } catch (InvalidFormatException e) {
      throw DomainException.invalid(loc(e), "Input should be a valid " + e.getTargetType().getSimpleName().toLowerCase()
          + (e.getTargetType().isEnum() ? " value" : ""), "type_error");
    } catch (MismatchedInputException e) {
      String target = e.getTargetType() == null ? "value" : e.getTargetType().getSimpleName().toLowerCase();
      throw DomainException.invalid(loc(e), "Input should be a valid " + target, "type_error");
    } catch (JsonMappingException e) {
      throw DomainException.invalid(loc(e), "Invalid value", "value_error");
    } catch (JsonProcessingException e) {
      throw DomainException.invalid(List.of("body", 0), "JSON decode error", "json_invalid");
    } catch (IOException e) {
      throw DomainException.invalid(List.of("body"), "Unreadable body", "json_invalid");
    }
  }

  /** The body as a JSON object (a 422 for malformed JSON or anything but an object). */
  static ObjectNode tree(ObjectMapper mapper, byte[] bytes) {
    if (bytes.length == 0) {
      throw DomainException.invalid(List.of("body"), "Field required", "missing");
    }
    JsonBodyScan.check(bytes);
    JsonNode tree;
    try {
      tree = mapper.readTree(bytes);
    } catch (IOException e) {
      throw DomainException.invalid(List.of("body", 0), "JSON decode error", "json_invalid");
    }
    if (!(tree instanceof ObjectNode)) {
      throw DomainException.invalid(List.of("body"), "Input should be an object", "model_type");
    }
    return (ObjectNode) tree;
  }

  private static List<Object> loc(JsonMappingException e) {
    List<Object> loc = new ArrayList<>();
    loc.add("body");
    for (JsonMappingException.Reference ref : e.getPath()) {
      loc.add(ref.getFieldName() != null ? ref.getFieldName() : ref.getIndex());
    }
    return loc;
  }
}
