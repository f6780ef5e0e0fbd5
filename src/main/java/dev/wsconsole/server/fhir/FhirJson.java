package dev.wsconsole.server.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.hl7.fhir.r4.model.Resource;

/**
 * Parses FHIR R4 JSON one resource at a time with HAPI's strict parser, so a malformed resource is a
 * problem of its own and the rest of its Bundle still imports. The FHIR context is expensive to build
 * (seconds), so it is built once, on the first parse, not when the backend starts.
 */
public final class FhirJson {
  private static final ObjectMapper JSON = Json.mapper();
  private volatile FhirContext context;

  /** One parsed resource and its version tag (see {@link FhirMappingRules#version}). */
  public record Parsed(Resource resource, String version, String where) {}

  /** What a document held: its resources, problems, and the {@code next} link of a search Bundle (or null). */
  public record Page(List<Parsed> resources, List<FhirProblem> problems, String next) {}

  /** Splits a Bundle (or a single resource) into parsed resources and problems, {@code where} naming the input. */
  public Page read(String json, String where) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return new Page(List.of(), List.of(new FhirProblem(null, null, where, "not JSON: " + e.getOriginalMessage())),
          null);
    }
    List<Parsed> parsed = new ArrayList<>();
    List<FhirProblem> problems = new ArrayList<>();
    if (root != null && "Bundle".equals(root.path("resourceType").asText())) {
      JsonNode entries = root.path("entry");
      for (int i = 0; i < entries.size(); i++) {
        one(entries.get(i).path("resource"), where + " entry " + i, parsed::add, problems::add);
      }
      return new Page(parsed, problems, nextLink(root));
    }
    one(root, where, parsed::add, problems::add);
    return new Page(parsed, problems, null);
  }

  private void one(JsonNode node, String where, Consumer<Parsed> ok, Consumer<FhirProblem> bad) {
    String type = node == null || !node.isObject() ? null : node.path("resourceType").asText(null);
    String id = node == null ? null : node.path("id").asText(null);
    if (type == null) {
      bad.accept(new FhirProblem(null, id, where, "no resource with a resourceType"));
      return;
    }
    if (!FhirMappingRules.RESOURCE_TYPES.contains(type)) {
      bad.accept(new FhirProblem(type, id, where, "resource type is not imported"));
      return;
    }
    String text = node.toString();
    try {
      Resource r = (Resource) parser().parseResource(text);
      ok.accept(new Parsed(r, FhirMappingRules.version(r, digest(text)), where));
    } catch (DataFormatException | ClassCastException e) {
      bad.accept(new FhirProblem(type, id, where, "malformed: " + clip(e.getMessage())));
    }
  }

  private IParser parser() {
    FhirContext c = context;
    if (c == null) {
      synchronized (this) {
        if (context == null) {
          FhirContext created = FhirContext.forR4();
          created.setParserErrorHandler(new StrictErrorHandler());
          context = created;
        }
        c = context;
      }
    }
    return c.newJsonParser();
  }

  private static String nextLink(JsonNode bundle) {
    for (JsonNode link : bundle.path("link")) {
      if ("next".equals(link.path("relation").asText())) {
        return link.path("url").asText(null);
      }
    }
    return null;
  }

  private static String clip(String message) {
    String m = message == null ? "unreadable" : message.replaceAll("^HAPI-\\d+: ", "");
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }

  static String digest(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
