package dev.wsconsole;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.app.LaunchPlan;
import dev.wsconsole.server.cli.CommandLine;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the console chooses its backend: a remote server with --server, the embedded one otherwise. */
class MainTest {

  @Test
  void serverOptionAttachesToThatUrlWithTheGivenKey() throws Exception {
    LaunchPlan plan = Main.plan(CommandLine.parse(new String[] {"--server", "http://10.0.0.5:8080", "--api-key", "k"}),
        Map.of());
    assertEquals("http://10.0.0.5:8080", plan.connect().call().baseUrl());
    assertNull(plan.connect().call().firstRun(), "a remote server offers no first-run setup");
    assertEquals("k", plan.apiKey());
  }

  @Test
  void withoutServerTheConsoleStartsTheEmbeddedDatabaseInTheDataFolder() {
    LaunchPlan plan = Main.plan(CommandLine.parse(new String[] {"--data-dir", "/tmp/wsc-main-test"}),
        Map.of("WSC_API_KEY", "from-env"));
    assertTrue(plan.description().contains("embedded database in /tmp/wsc-main-test"), plan.description());
    assertEquals("from-env", plan.apiKey());
  }
}
