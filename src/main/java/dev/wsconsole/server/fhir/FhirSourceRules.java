package dev.wsconsole.server.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.core.DomainException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pure decisions about what a data source's sync imports: a file-drop folder of Bundle JSON files
 * ({@code drop_folder}) and/or a FHIR R4 server ({@code base_url}, with an optional {@code bearer_token},
 * which the secret rules seal by its name). Only the FHIR and EHR source types and {@code file_drop} import.
 */
public final class FhirSourceRules {
  public static final String DROP_FOLDER = "drop_folder";
  public static final String BASE_URL = "base_url";
  public static final String BEARER_TOKEN = "bearer_token";
  /** Source types whose sync is this importer; any other type's runs are left to an external connector. */
  public static final List<String> IMPORTED_TYPES = List.of("fhir", "fhir_store", "smart_fhir", "ehr", "file_drop");

  private FhirSourceRules() {}

  /** Where a sync reads from. */
  public sealed interface Input permits DropFolder, Server {}

  /** A folder whose {@code *.json} files are Bundles (or single resources). */
  public record DropFolder(Path folder) implements Input {}

  /** A FHIR R4 server's base URL and the bearer token to send (null: none). */
  public record Server(URI baseUrl, String bearerToken) implements Input {
    @Override
    public String toString() {
      return "Server[" + baseUrl + (bearerToken == null ? "" : ", bearer token set") + "]";
    }
  }

  /**
   * Checks the importer's keys of a connection configuration on create and update (422 with the field's
   * location): {@code drop_folder} an absolute path without {@code ..} inside the workspace's imports folder,
   * {@code base_url} an http(s) URL whose host {@link TargetAddressRules} allows.
   */
  public static void check(ObjectNode config, List<Object> loc, SourceConfinement where, java.util.UUID ws) {
    JsonNode folder = config.get(DROP_FOLDER);
    if (folder != null && !folder.isNull()) {
      Path path = folderOf(folder);
      if (path == null) {
        throw DomainException.invalid(with(loc, DROP_FOLDER), "Should be an absolute folder path without '..'",
            "value_error");
      }
      DropFolderConfinement.refusal(path, where.workspaceFolder(ws)).ifPresent(why -> {
        throw DomainException.invalid(with(loc, DROP_FOLDER), why, "value_error");
      });
    }
    JsonNode url = config.get(BASE_URL);
    if (url != null && !url.isNull()) {
      URI uri = urlOf(url);
      if (uri == null) {
        throw DomainException.invalid(with(loc, BASE_URL), "Should be an http or https URL", "value_error");
      }
      TargetAddressRules.host(uri.getHost(), where.allowLoopback()).ifPresent(why -> {
        throw DomainException.invalid(with(loc, BASE_URL), "Should name a FHIR server, but its host " + why,
            "value_error");
      });
    }
  }

  /** The inputs of a source (empty when its type is not imported or it names none). */
  public static List<Input> inputs(String sourceType, JsonNode config, JsonNode secrets) {
    List<Input> out = new ArrayList<>();
    if (!IMPORTED_TYPES.contains(sourceType)) {
      return out;
    }
    Path folder = folderOf(config.get(DROP_FOLDER));
    if (folder != null) {
      out.add(new DropFolder(folder));
    }
    URI url = urlOf(config.get(BASE_URL));
    if (url != null) {
      JsonNode token = secrets == null ? null : secrets.get("/" + BEARER_TOKEN);
      out.add(new Server(url, token == null || !token.isTextual() ? null : token.asText()));
    }
    return out;
  }

  /** True when {@code next} may be followed from {@code base}: same scheme, host and port (the token goes nowhere else). */
  public static boolean sameOrigin(URI base, URI next) {
    return next.getScheme() != null && next.getScheme().equalsIgnoreCase(base.getScheme())
        && next.getHost() != null && next.getHost().equalsIgnoreCase(base.getHost())
        && port(next) == port(base);
  }

  private static int port(URI u) {
    return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  static Path folderOf(JsonNode node) {
    if (node == null || !node.isTextual() || node.asText().isBlank() || node.asText().length() > 4096) {
      return null;
    }
    String text = node.asText();
    try {
      Path p = Path.of(text);
      boolean climbs = false;
      for (Path part : p) {
        climbs |= part.toString().equals("..");
      }
      return p.isAbsolute() && !climbs && text.indexOf('\0') < 0 ? p.normalize() : null;
    } catch (java.nio.file.InvalidPathException e) {
      return null;
    }
  }

  static URI urlOf(JsonNode node) {
    if (node == null || !node.isTextual() || node.asText().length() > 2048) {
      return null;
    }
    try {
      URI u = new URI(node.asText().strip());
      boolean web = "http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme());
      return web && u.getHost() != null && u.getRawUserInfo() == null ? u : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  private static List<Object> with(List<Object> loc, Object more) {
    List<Object> out = new ArrayList<>(loc);
    out.add(more);
    return out;
  }
}
