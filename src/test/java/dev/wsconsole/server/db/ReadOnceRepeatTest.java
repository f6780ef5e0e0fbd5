package dev.wsconsole.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A one-round-trip read keeps its workspace scope however often a pooled connection runs it. */
@Tag("database")
class ReadOnceRepeatTest {

  @Test
  void readOnceStillSeesItsRowsPastTheDriversPrepareThreshold() throws Exception {
    try (TestApi api = TestApi.start("read_once_repeat")) {
      UUID owner = api.user("owner@readonce.test");
      UUID a = api.workspace("readonce-a", Environment.DEVELOPMENT, owner);
      UUID b = api.workspace("readonce-b", Environment.DEVELOPMENT, owner);
      for (int i = 0; i < 3; i++) {
        api.key(a, owner, Role.VIEWER);
      }
      api.key(b, owner, Role.VIEWER);
      StringBuilder seen = new StringBuilder();
      for (int i = 0; i < 24; i++) {
        seen.append(api.backend.apiKeys.list(i % 2 == 0 ? a : b, null, 10, 0).items().size());
      }
      assertEquals("31".repeat(12), seen.toString());
    }
  }
}
