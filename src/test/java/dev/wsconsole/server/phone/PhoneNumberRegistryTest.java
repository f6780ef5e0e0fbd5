package dev.wsconsole.server.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.PhoneNumber;
import dev.wsconsole.model.Role;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.testing.TenantFixture.Tenant;
import dev.wsconsole.testing.TenantFixture;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A real number is registered once on the whole platform, and the refusal never says where it is. */
@Tag("database")
class PhoneNumberRegistryTest {
  @RegisterExtension
  static final TenantFixture tenants = TenantFixture.database("phone_registry");
  private static final Tenant north = tenants.workspace("north-clinic", Environment.STAGING,
      "alice@north-clinic.example").keys(Role.ADMIN);
  private static final Tenant south = tenants.workspace("southside-pediatrics", Environment.PRODUCTION,
      "bob@south-clinic.example").keys(Role.ADMIN);

  private static TestApi.Answer register(UUID ws, String key, String e164) {
    return tenants.api().post("/v1/" + ws + "/phone-numbers", key, Map.of("phone_number", e164));
  }

  @Test
  void aNumberHeldByAnotherWorkspaceIsRefusedWithoutNamingThatWorkspace() {
    String e164 = TestPhoneNumbers.fresh();
    assertEquals(201, register(south.id(), south.adminKey(), e164).status());
    TestApi.Answer refused = register(north.id(), north.adminKey(), e164);
    assertEquals(409, refused.status(), refused.text());
    assertEquals(PhoneNumberHandlers.ALREADY_REGISTERED, refused.json().get("detail").asText());
    for (String secret : List.of(south.id().toString(), "southside-pediatrics", "Clinic southside-pediatrics",
        "bob@")) {
      assertFalse(refused.text().toLowerCase().contains(secret.toLowerCase()), "the 409 reveals " + secret);
    }
  }

  @Test
  void theSameWorkspaceCannotRegisterANumberTwiceEither() {
    String e164 = TestPhoneNumbers.fresh();
    assertEquals(201, register(north.id(), north.adminKey(), e164).status());
    TestApi.Answer again = register(north.id(), north.adminKey(), e164);
    assertEquals(409, again.status());
    assertEquals(again.json().get("detail"), register(south.id(), south.adminKey(), e164).json().get("detail"),
        "the holder's own refusal and a stranger's must read the same");
  }

  @Test
  void deletingANumberReleasesItForAnyWorkspace() {
    String e164 = TestPhoneNumbers.fresh();
    String id = register(south.id(), south.adminKey(), e164).json().get("id").asText();
    assertEquals(409, register(north.id(), north.adminKey(), e164).status());
    assertEquals(204, tenants.api().call("DELETE", "/v1/" + south.id() + "/phone-numbers/" + id, south.adminKey(),
        null).status());
    assertEquals(201, register(north.id(), north.adminKey(), e164).status());
  }

  @Test
  void aFailedInsertRollsItsClaimBackAndReleasesNothing() {
    PhoneNumber held = TestPhoneNumbers.number(tenants.api(), north.id(), TestPhoneNumbers.fresh());
    String e164 = TestPhoneNumbers.fresh();
    // Same primary key as an existing row: the claim succeeds, then the insert fails in the same transaction.
    PhoneNumber clash = new PhoneNumber(held.id(), north.id(), e164, "", "twilio", List.of("inbound"), "active", null,
        null, "", null, null, null);
    assertThrows(PhoneNumberStore.AlreadyRegistered.class,
        () -> tenants.api().backend.phoneNumbers().create(north.id(), clash,
        AuditRecord.allowed(Map.of("kind", "test"), "phone_number.create", "", "test")));
    assertEquals(201, register(south.id(), south.adminKey(), e164).status(), "the failed insert left its claim behind");
    assertEquals(409, register(south.id(), south.adminKey(), held.phoneNumber()).status(),
        "the failure released another claim");
  }

  @Test
  void aNumberRefusedForBadInputIsNotClaimed() {
    String e164 = TestPhoneNumbers.fresh();
    TestApi.Answer unknownService = tenants.api().post("/v1/" + north.id() + "/phone-numbers", north.adminKey(),
        Map.of("phone_number", e164, "inbound_service_id", UUID.randomUUID().toString()));
    assertEquals(404, unknownService.status(), unknownService.text());
    assertEquals(201, register(south.id(), south.adminKey(), e164).status());
  }

  @Test
  void twoWorkspacesRacingForOneNumberGetExactlyOneSuccess() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 10; round++) {
        String e164 = TestPhoneNumbers.fresh();
        List<Callable<Integer>> racers = List.of(() -> register(north.id(), north.adminKey(), e164).status(),
            () -> register(south.id(), south.adminKey(), e164).status());
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
    try (Connection c = TestDatabases.app(tenants.api().target)) {
      SQLException e = assertThrows(SQLException.class,
          () -> c.createStatement().executeQuery("SELECT * FROM console.phone_number_registry"));
      assertEquals("42501", e.getSQLState());
      c.rollback();
    }
  }

  @Test
  void theRegistryFunctionsActOnlyForTheCurrentWorkspace() throws SQLException {
    PhoneNumber held = TestPhoneNumbers.number(tenants.api(), south.id(), TestPhoneNumbers.fresh());
    try (Connection c = TestDatabases.app(tenants.api().target)) {
      SQLException none = assertThrows(SQLException.class, () -> scalar(c, "SELECT app.release_phone_number(?, ?)",
          held.phoneNumber(), held.id()));
      assertEquals("42501", none.getSQLState(), "no workspace context must be refused");
      c.rollback();
      scalar(c, "SELECT set_config('app.workspace_id', ?, true)", north.id().toString());
      assertEquals("f", scalar(c, "SELECT app.release_phone_number(?, ?)", held.phoneNumber(), held.id()));
      assertEquals("f", scalar(c, "SELECT app.claim_phone_number(?, ?)", held.phoneNumber(), UUID.randomUUID()));
      c.commit();
    }
    assertEquals(409, register(north.id(), north.adminKey(), held.phoneNumber()).status(),
        "another workspace released it");
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
