package dev.wsconsole;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.server.cli.CommandLine;
import dev.wsconsole.server.cli.OwnerMarker;
import dev.wsconsole.server.db.DatabaseOptions;
import dev.wsconsole.testing.TestApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder's "an account exists" hint: what sets it, what the console makes of it, and that the database wins. */
class OwnerMarkerTest {
  @TempDir
  Path folder;

  private DatabaseOptions embeddedIn(Path dir) {
    return CommandLine.parse(new String[] {"--data-dir", dir.toString()}).databaseOptions(Map.of());
  }

  @Test
  void aFolderWithTheMarkerShowsSignInWhileTheDatabaseStarts() {
    String[] args = {"--data-dir", folder.toString()};
    assertFalse(Main.plan(CommandLine.parse(args), Map.of()).ownerKnown(), "an empty folder keeps the first-run flow");
    OwnerMarker.of(embeddedIn(folder)).write();
    assertTrue(Main.plan(CommandLine.parse(args), Map.of()).ownerKnown());
  }

  @Test
  void anExternalDatabaseHasNoMarkerAndWritesNone() {
    DatabaseOptions external = new DatabaseOptions(folder, "postgresql://a:b@db:5432/c", null, 4);
    OwnerMarker.of(external).write();
    assertFalse(OwnerMarker.of(external).present());
    try (var files = uncheckedList(folder)) {
      assertFalse(files.findAny().isPresent(), "nothing written");
    }
  }

  @Test
  void theDatabaseSetsTheMarkerRightEitherWay() {
    OwnerMarker marker = OwnerMarker.of(embeddedIn(folder));
    try (TestApi api = TestApi.start("owner_marker")) {
      marker.write();
      assertTrue(Main.ownerMissing(api.backend, marker), "no account in the database");
      assertFalse(marker.present(), "a stale marker goes");
      api.user("someone@marker.test");
      assertFalse(Main.ownerMissing(api.backend, marker));
      assertTrue(marker.present(), "a folder from before the marker gets one");
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static java.util.stream.Stream<Path> uncheckedList(Path dir) {
    try {
      return Files.list(dir);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
