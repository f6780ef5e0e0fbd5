package dev.wsconsole.server.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wsconsole.server.core.DomainException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sources import from where, which configurations are refused, and where a bearer token may go. */
class FhirSourceRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Object> LOC = List.of("body", "connection_config");
  private static final java.util.UUID WS = java.util.UUID.fromString("00000000-0000-0000-0000-00000000000a");
  private static final SourceConfinement WHERE = new SourceConfinement(Path.of("/srv/imports"), true);

  private static ObjectNode config(String json) throws Exception {
    return (ObjectNode) JSON.readTree(json);
  }

  @Test
  void aFhirSourceReadsItsFolderAndItsServerWithTheUnsealedToken() throws Exception {
    ObjectNode secrets = config("{\"/bearer_token\": \"s3cr3t-value\"}");
    List<FhirSourceRules.Input> inputs = FhirSourceRules.inputs("fhir",
        config("{\"drop_folder\": \"/srv/drop/\", \"base_url\": \"https://ehr.example.org/R4\"}"), secrets);
    assertEquals(List.of(new FhirSourceRules.DropFolder(Path.of("/srv/drop")),
        new FhirSourceRules.Server(URI.create("https://ehr.example.org/R4"), "s3cr3t-value")), inputs);
    assertFalse(inputs.get(1).toString().contains("s3cr3t"), "the token never reaches a log line");
  }

  @Test
  void otherSourceTypesAreLeftToTheirConnector() throws Exception {
    assertEquals(List.of(), FhirSourceRules.inputs("rest_api", config("{\"base_url\": \"https://x.example\"}"), null));
    assertEquals(List.of(), FhirSourceRules.inputs("fhir", config("{\"username\": \"x\"}"), null));
  }

  @Test
  void relativeOrClimbingFoldersAndNonWebUrlsAre422() throws Exception {
    for (String bad : List.of("{\"drop_folder\": \"drop\"}", "{\"drop_folder\": \"/a/../b\"}",
        "{\"drop_folder\": 5}", "{\"base_url\": \"file:///etc/passwd\"}", "{\"base_url\": \"https://u:p@h/\"}",
        "{\"base_url\": \"not a url\"}")) {
      ObjectNode c = config(bad);
      DomainException e = assertThrows(DomainException.class, () -> FhirSourceRules.check(c, LOC, WHERE, WS), bad);
      assertEquals(DomainException.Kind.INVALID, e.kind(), bad);
    }
    FhirSourceRules.check(config("{\"drop_folder\": \"/srv/imports/" + WS + "/drop\","
        + " \"base_url\": \"http://127.0.0.1:8080/fhir\"}"), LOC, WHERE, WS);
  }

  @Test
  void nextLinksAreFollowedOnlyOnTheSameOrigin() {
    URI base = URI.create("https://ehr.example.org/fhir");
    assertTrue(FhirSourceRules.sameOrigin(base, URI.create("https://ehr.example.org:443/fhir?_getpages=x")));
    assertFalse(FhirSourceRules.sameOrigin(base, URI.create("https://evil.example.net/fhir?_getpages=x")));
    assertFalse(FhirSourceRules.sameOrigin(base, URI.create("http://ehr.example.org/fhir?_getpages=x")));
    assertFalse(FhirSourceRules.sameOrigin(base, URI.create("https://ehr.example.org:8443/fhir")));
  }
}
