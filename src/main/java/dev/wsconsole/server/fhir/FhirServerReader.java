package dev.wsconsole.server.fhir;

import dev.wsconsole.server.fhir.FhirSourceRules.Server;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Reads a FHIR R4 server: a search per imported resource type ({@code GET [base]/[Type]?_count=N}),
 * following the Bundles' {@code next} links while they stay on the base URL's origin, so the bearer
 * token is never sent anywhere else. Resources are parsed one at a time like a dropped Bundle.
 */
public final class FhirServerReader {
  public static final int PAGE_SIZE = 100;
  /** A guard against a server whose next links never end. */
  public static final int MAX_PAGES_PER_TYPE = 10_000;
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private final FhirJson json;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
      .followRedirects(HttpClient.Redirect.NEVER).build();

  public FhirServerReader(FhirJson json) {
    this.json = json;
  }

  /**
   * Hands each search page to {@code pages}. A type the server cannot be searched for is a problem of
   * that type; when no type can be read at all, the server is unreachable and this throws.
   */
  public void read(Server server, boolean allowLoopback, Consumer<FhirJson.Page> pages)
      throws IOException, InterruptedException {
    refuseAddresses(server.baseUrl().getHost(), allowLoopback);
    String base = server.baseUrl().toString().replaceAll("/+$", "");
    IOException last = null;
    int failed = 0;
    for (String type : FhirMappingRules.RESOURCE_TYPES) {
      try {
        readType(server, URI.create(base + "/" + type + "?_count=" + PAGE_SIZE), type, pages);
      } catch (IOException e) {
        failed++;
        last = e;
        pages.accept(new FhirJson.Page(java.util.List.of(),
            java.util.List.of(new FhirProblem(type, null, type + " search", message(e))), null));
      }
    }
    if (failed == FhirMappingRules.RESOURCE_TYPES.size()) {
      throw new IOException("FHIR server " + server.baseUrl().getHost() + " could not be read: " + message(last));
    }
  }

  /**
   * The host's addresses as resolved now must all be allowed (a name may point at metadata or loopback).
   * The HTTP client resolves again when it connects; decision 0022 names that remaining window.
   */
  private static void refuseAddresses(String host, boolean allowLoopback) throws IOException {
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    for (java.net.InetAddress a : java.net.InetAddress.getAllByName(bare)) {
      java.util.Optional<String> why = TargetAddressRules.address(a, allowLoopback);
      if (why.isPresent()) {
        throw new IOException("FHIR server " + host + " is not read: it resolves to an address that " + why.get());
      }
    }
  }

  private void readType(Server server, URI first, String type, Consumer<FhirJson.Page> pages)
      throws IOException, InterruptedException {
    URI next = first;
    for (int page = 0; next != null && page < MAX_PAGES_PER_TYPE; page++) {
      FhirJson.Page p = json.read(get(server, next), type + " search page " + (page + 1));
      pages.accept(p);
      next = p.next() == null ? null : URI.create(p.next());
      if (next != null && !FhirSourceRules.sameOrigin(server.baseUrl(), next)) {
        throw new IOException("the server's next link leaves " + server.baseUrl().getHost() + "; not followed");
      }
    }
  }

  private static String message(IOException e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private String get(Server server, URI uri) throws IOException, InterruptedException {
    HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET()
        .header("Accept", "application/fhir+json");
    if (server.bearerToken() != null) {
      req.header("Authorization", "Bearer " + server.bearerToken());
    }
    HttpResponse<String> res = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    if (res.statusCode() != 200) {
      throw new IOException("GET " + uri.getRawPath() + " answered " + res.statusCode());
    }
    return res.body();
  }
}
