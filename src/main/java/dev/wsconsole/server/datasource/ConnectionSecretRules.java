package dev.wsconsole.server.datasource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.core.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Which values of a connection configuration are secrets, and how they leave it: a field is secret by
 * its name (at any depth): after dropping case, '_' and '-', the name contains password, passwd,
 * passphrase, secret, token, apikey, privatekey, accesskey, credential, authorization, cookie or
 * signingkey, unless it ends in url, uri, endpoint, type, expiresat or expiresin (a token URL is not a
 * token). A secret value (anything but null and "") is taken out and replaced by {@link #MASK}; the mask
 * sent back keeps the stored secret at the same place.
 */
public final class ConnectionSecretRules {
  /** What responses show in place of a secret, and what a client sends back to keep it. */
  public static final String MASK = "••••••••";
  private static final List<String> SECRET_WORDS = List.of("password", "passwd", "passphrase", "secret", "token",
      "apikey", "privatekey", "accesskey", "credential", "authorization", "cookie", "signingkey");
  private static final List<String> NOT_SECRET_ENDINGS = List.of("url", "uri", "endpoint", "type", "expiresat",
      "expiresin");

  private ConnectionSecretRules() {}

  /** The configuration as stored and shown (secrets masked), and the secrets by JSON pointer. */
  public record Split(ObjectNode masked, ObjectNode secrets) {}

  public static boolean isSecretName(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return SECRET_WORDS.stream().anyMatch(n::contains) && NOT_SECRET_ENDINGS.stream().noneMatch(n::endsWith);
  }

  /**
   * Takes the secrets out of {@code config}; a masked value takes the secret {@code kept} holds at the
   * same pointer (asked for only then, as unsealing is), and is a 422 when there is none.
   */
  public static Split split(ObjectNode config, Supplier<ObjectNode> kept, List<Object> loc) {
    ObjectNode masked = config.deepCopy();
    ObjectNode secrets = JsonNodeFactory.instance.objectNode();
    walk(masked, "", kept, secrets, loc);
    return new Split(masked, secrets);
  }

  private static void walk(JsonNode node, String pointer, Supplier<ObjectNode> kept, ObjectNode secrets, List<Object> loc) {
    if (node instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
        List<Object> childLoc = with(loc, name);
        JsonNode value = object.get(name);
        if (isSecretName(name) && !value.isNull() && !(value.isTextual() && value.asText().isEmpty())) {
          secrets.set(child, secretValue(value, child, kept, childLoc));
          object.put(name, MASK);
        } else {
          walk(value, child, kept, secrets, childLoc);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        walk(array.get(i), pointer + "/" + i, kept, secrets, with(loc, i));
      }
    }
  }

  private static JsonNode secretValue(JsonNode value, String pointer, Supplier<ObjectNode> kept, List<Object> loc) {
    if (!(value.isTextual() && value.asText().equals(MASK))) {
      return value;
    }
    JsonNode previous = kept == null ? null : kept.get().get(pointer);
    if (previous == null) {
      throw DomainException.invalid(loc, "No stored secret here to keep: send the secret itself, not the mask",
          "value_error");
    }
    return previous;
  }

  private static List<Object> with(List<Object> loc, Object more) {
    List<Object> out = new ArrayList<>(loc);
    out.add(more);
    return out;
  }
}
