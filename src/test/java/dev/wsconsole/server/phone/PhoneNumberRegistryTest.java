package dev.wsconsole.server.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.PhoneNumber;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import dev.wsconsole.testing.TestPhoneNumbers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A real number is registered once on the whole platform, and the refusal never says where it is. */
@Tag("database")
class PhoneNumberRegistryTest {
  private static TestApi api;
  private static UUID north;
  private static UUID south;
  private static String northKey;
  private static String southKey;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("phone_registry");
    UUID alice = api.user("alice@north-clinic.example");
    UUID bob = api.user("bob@south-clinic.example");
    north = api.workspace("north-clinic", Environment.STAGING, alice);
    south = api.workspace("southside-pediatrics", Environment.PRODUCTION, bob);
    northKey = api.key(north, alice, Role.ADMIN);
    southKey = api.key(south, bob, Role.ADMIN);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static TestApi.Answer register(UUID ws, String key, String e164) {
    return api.post("/v1/" + ws + "/phone-numbers", key, Map.of("phone_number", e164));
  }

  @Test
  void aNumberHeldByAnotherWorkspaceIsRefusedWithoutNamingThatWorkspace() {
    String e164 = TestPhoneNumbers.fresh();
    assertEquals(201, register(south, southKey, e164).status());
    TestApi.Answer refused = register(north, northKey, e164);
    assertEquals(409, refused.status(), refused.text());
    assertEquals(PhoneNumberHandlers.ALREADY_REGISTERED, refused.json().get("detail").asText());
    for (String secret : List.of(south.toString(), "southside-pediatrics", "Clinic southside-pediatrics", "bob@")) {
      assertFalse(refused.text().toLowerCase().contains(secret.toLowerCase()), "the 409 reveals " + secret);
    }
  }

  @Test
  void theSameWorkspaceCannotRegisterANumberTwiceEither() {
    String e164 = TestPhoneNumbers.fresh();
    assertEquals(201, register(north, northKey, e164).status());
    TestApi.Answer again = register(north, northKey, e164);
    assertEquals(409, again.status());
    assertEquals(again.json().get("detail"), register(south, southKey, e164).json().get("detail"),
        "the holder's own refusal and a stranger's must read the same");
  }

  @Test
  void deletingANumberReleasesItForAnyWorkspace() {
    String e164 = TestPhoneNumbers.fresh();
    String id = register(south, southKey, e164).json().get("id").asText();
    assertEquals(409, register(north, northKey, e164).status());
    assertEquals(204, api.call("DELETE", "/v1/" + south + "/phone-numbers/" + id, southKey, null).status());
    assertEquals(201, register(north, northKey, e164).status());
  }

  @Test
  void aFailedInsertRollsItsClaimBackAndReleasesNothing() {
    PhoneNumber held = TestPhoneNumbers.number(api, north, TestPhoneNumbers.fresh());
    String e164 = TestPhoneNumbers.fresh();
    // Same primary key as an existing row: the claim succeeds, then the insert fails in the same transaction.
    PhoneNumber clash = new PhoneNumber(held.id(), north, e164, "", "twilio", List.of("inbound"), "active", null,
        null, "", null, null, null);
    assertThrows(PhoneNumberStore.AlreadyRegistered.class, () -> api.backend.phoneNumbers().create(north, clash,
        AuditRecord.allowed(Map.of("kind", "test"), "phone_number.create", "", "test")));
    assertEquals(201, register(south, southKey, e164).status(), "the failed insert left its claim behind");
    assertEquals(409, register(south, southKey, held.phoneNumber()).status(), "the failure released another claim");
  }

  @Test
  void aNumberRefusedForBadInputIsNotClaimed() {
    String e164 = TestPhoneNumbers.fresh();
    TestApi.Answer unknownService = api.post("/v1/" + north + "/phone-numbers", northKey,
        Map.of("phone_number", e164, "inbound_service_id", UUID.randomUUID().toString()));
    assertEquals(404, unknownService.status(), unknownService.text());
    assertEquals(201, register(south, southKey, e164).status());
  }

  @Test
  void twoWorkspacesRacingForOneNumberGetExactlyOneSuccess() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        String e164 = TestPhoneNumbers.fresh();
        List<Callable<Integer>> racers = List.of(() -> register(north, northKey, e164).status(),
            () -> register(south, southKey, e164).status());
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(racers)) {
          statuses.add(f.get());
        }
        statuses.sort(null);
        assertEquals(List.of(201, 409), statuses, "round " + round);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void theAppRoleCannotReadTheRegistryDirectly() throws SQLException {
    try (Connection c = TestDatabases.app(api.target)) {
      SQLException e = assertThrows(SQLException.class,
          () -> c.createStatement().executeQuery("SELECT * FROM console.phone_number_registry"));
      assertEquals("42501", e.getSQLState());
      c.rollback();
    }
  }

  @Test
  void theRegistryFunctionsActOnlyForTheCurrentWorkspace() throws SQLException {
    PhoneNumber held = TestPhoneNumbers.number(api, south, TestPhoneNumbers.fresh());
    try (Connection c = TestDatabases.app(api.target)) {
      SQLException none = assertThrows(SQLException.class, () -> scalar(c, "SELECT app.release_phone_number(?, ?)",
          held.phoneNumber(), held.id()));
      assertEquals("42501", none.getSQLState(), "no workspace context must be refused");
      c.rollback();
      scalar(c, "SELECT set_config('app.workspace_id', ?, true)", north.toString());
      assertEquals("f", scalar(c, "SELECT app.release_phone_number(?, ?)", held.phoneNumber(), held.id()));
      assertEquals("f", scalar(c, "SELECT app.claim_phone_number(?, ?)", held.phoneNumber(), UUID.randomUUID()));
      c.commit();
    }
    assertEquals(409, register(north, northKey, held.phoneNumber()).status(), "another workspace released it");
  }

  private static String scalar(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getString(1);
      }
    }
  }
}
