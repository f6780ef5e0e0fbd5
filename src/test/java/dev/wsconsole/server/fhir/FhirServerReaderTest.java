package dev.wsconsole.server.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading a real in-process HAPI FHIR server: every page of every served type, the token sent, the rest reported. */
class FhirServerReaderTest {
  private static FhirTestServer server;
  private static final FhirServerReader READER = new FhirServerReader(new FhirJson());

  @BeforeAll
  static void start() throws Exception {
    server = new FhirTestServer(FhirContext.forR4Cached(), FhirTestResources.clinic(230));
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
  }

  @Test
  void everyPageOfEveryServedTypeIsReadWithTheBearerToken() throws Exception {
    List<FhirJson.Page> pages = new ArrayList<>();
    READER.read(new FhirSourceRules.Server(URI.create(server.baseUrl()), "tok-123"), true, pages::add);
    List<String> keys = pages.stream().flatMap(p -> p.resources().stream())
        .map(p -> p.resource().fhirType() + "/" + p.resource().getIdElement().getIdPart()).toList();
    assertEquals(1 + 3 * 230, keys.size());
    assertEquals(keys.size(), keys.stream().distinct().count());
    assertTrue(keys.contains("Patient/gen-p-229") && keys.contains("Observation/gen-o-0"));
    assertTrue(server.authorizations.size() >= 3 * 3, "230 of a type take three pages of 100");
    assertTrue(server.authorizations.stream().allMatch("Bearer tok-123"::equals), server.authorizations.toString());
    List<String> unserved = pages.stream().flatMap(p -> p.problems().stream()).map(FhirProblem::resourceType).toList();
    assertEquals(List.of("Appointment", "Condition", "MedicationRequest"), unserved);
  }

  @Test
  void anUnreachableServerIsAnErrorOfTheWholeInput() {
    URI closed = URI.create("http://127.0.0.1:9/fhir");
    assertThrows(IOException.class, () -> READER.read(new FhirSourceRules.Server(closed, null), true, p -> { }));
  }

  @Test
  void aLoopbackServerIsNotContactedWhereLoopbackIsRefused() {
    int before = server.authorizations.size();
    IOException e = assertThrows(IOException.class, () -> READER.read(
        new FhirSourceRules.Server(URI.create(server.baseUrl()), "tok-123"), false, p -> { }));
    assertTrue(e.getMessage().contains("loopback"), e.getMessage());
    assertEquals(before, server.authorizations.size(), "not one request reached it");
  }
}
