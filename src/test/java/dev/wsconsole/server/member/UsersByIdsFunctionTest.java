package dev.wsconsole.server.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wsconsole.model.Environment;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** app.users_by_ids, a SECURITY DEFINER window on global accounts, answers only for the current workspace's members. */
@Tag("database")
class UsersByIdsFunctionTest {
  private static TestApi api;
  private static UUID alice;
  private static UUID bob;
  private static UUID clinicA;

  @BeforeAll
  static void setUp() {
    api = TestApi.start("users_by_ids");
    alice = api.user("alice@fn.example.org");
    bob = api.user("bob@fn.example.org");
    clinicA = api.workspace("fn-a", Environment.STAGING, alice);
    api.workspace("fn-b", Environment.STAGING, bob);
  }

  @AfterAll
  static void tearDown() throws Exception {
    api.close();
  }

  private static List<String> emailsIn(UUID scope, UUID... ids) {
    return api.backend.tx().call(scope, h -> h.createQuery("SELECT email FROM app.users_by_ids(:ids) ORDER BY email")
        .bind("ids", ids).mapTo(String.class).list());
  }

  @Test
  void itReturnsMembersOfTheCurrentWorkspaceOnly() {
    assertEquals(List.of("alice@fn.example.org"), emailsIn(clinicA, alice, bob));
  }

  @Test
  void itReturnsNothingWithoutAWorkspaceContext() {
    List<String> found = api.database.jdbi().withHandle(h -> h.createQuery("SELECT email FROM app.users_by_ids(:ids)")
        .bind("ids", new UUID[] {alice, bob}).mapTo(String.class).list());
    assertEquals(List.of(), found);
  }

  @Test
  void itNeverExposesPasswordHashes() {
    List<String> columns = api.backend.tx().call(clinicA, h -> h.createQuery("SELECT column_name::text FROM"
            + " (SELECT * FROM app.users_by_ids(:ids)) u CROSS JOIN LATERAL json_object_keys(row_to_json(u)) AS column_name")
        .bind("ids", new UUID[] {alice}).mapTo(String.class).list());
    assertEquals(List.of("id", "email", "display_name"), columns);
  }
}
