package dev.wsconsole.desktop.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.DirectCalls;
import dev.wsconsole.model.Environment;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.testing.TestApi;
import dev.wsconsole.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit view-model against the real backend: server paging, filters, export, chain verification. */
class AuditViewModelTest {
  private static TestApi api;
  private static UUID owner;
  private final DirectCalls direct = new DirectCalls();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("audit_vm");
    owner = api.user("owner@auditvm.test");
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  private static UUID workspaceWithEntries(String slug, int entries) {
    UUID ws = api.workspace(slug, Environment.STAGING, owner);
    for (int i = 0; i < entries; i++) {
      api.backend.audit().record(ws, AuditRecord.allowed(Map.of("kind", "test"), "test.entry", "thing:" + i, "t" + i));
    }
    return ws;
  }

  private AuditViewModel vmFor(UUID ws) {
    AuditViewModel vm = new AuditViewModel(direct.context(direct.signIn(api, "owner@auditvm.test"), ws));
    vm.load();
    return vm;
  }

  @Test
  void entriesComeAPageAtATimeAndFilterOnTheServer() {
    UUID ws = workspaceWithEntries("audit-vm-paged", 120);
    AuditViewModel vm = vmFor(ws);
    assertEquals(AuditViewModel.PAGE_SIZE, vm.pages().items().size(), direct.notices.toString());
    assertTrue(vm.pages().labelProperty().get().startsWith("1–50 of "), vm.pages().labelProperty().get());
    vm.pages().next();
    assertTrue(vm.pages().labelProperty().get().startsWith("51–100 of "), vm.pages().labelProperty().get());
    vm.filter("test.entry", LocalDate.now().minusDays(1), LocalDate.now());
    assertEquals("1–50 of 120", vm.pages().labelProperty().get());
    assertTrue(vm.pages().items().stream().allMatch(e -> e.action().equals("test.entry")));
    vm.filter("nothing.like.this", null, null);
    assertEquals("None", vm.pages().labelProperty().get());
    assertFalse(vm.pages().hasPreviousProperty().get());
  }

  @Test
  void exportWritesTheFilteredEntriesAsNdjson() throws Exception {
    UUID ws = workspaceWithEntries("audit-vm-export", 7);
    AuditViewModel vm = vmFor(ws);
    vm.filter("test.entry", null, null);
    Path file = Files.createTempFile("audit", ".ndjson");
    vm.export(file);
    assertEquals("Exported 7 entries to " + file.getFileName() + ".", vm.messageProperty().get(), direct.notices.toString());
    assertEquals(7, Files.readAllLines(file).stream().filter(l -> l.contains("\"test.entry\"")).count());
    Files.delete(file);
  }

  @Test
  void verificationFindsATamperedEntry() throws Exception {
    UUID ws = workspaceWithEntries("audit-vm-chain", 5);
    AuditViewModel vm = vmFor(ws);
    vm.verify();
    assertTrue(vm.verdictProperty().get().startsWith("Chain intact: "), vm.verdictProperty().get());
    try (Connection c = TestDatabases.admin(api.target); Statement st = c.createStatement()) {
      st.execute("SET ROLE console_owner");
      st.execute("SELECT set_config('app.workspace_id', '" + ws + "', false)");
      st.execute("UPDATE console.audit_events SET reason = 'nothing to see' WHERE workspace_id = '" + ws + "' AND seq = 3");
    }
    vm.verify();
    assertTrue(vm.verdictProperty().get().startsWith("Chain BROKEN at entry 3"), vm.verdictProperty().get());
  }
}
