package dev.wsconsole.desktop.datasources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.DirectCalls;
import dev.wsconsole.desktop.client.DataSourcesApi;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.DataSourceViews;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.testing.FhirDropBundles;
import dev.wsconsole.testing.SafetyFixtures;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The data-sources view-model against the real backend: create, edit with write-only secrets, sync, history, delete. */
class DataSourcesViewModelTest {
  private static TestApi api;
  private static java.nio.file.Path importsRoot;
  private static UUID owner;
  private final DirectCalls direct = new DirectCalls();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("datasources_vm");
    importsRoot = FhirDropBundles.useTemporaryImportsRoot(api);
    owner = api.user("owner@dsvm.test");
    api.user("viewer@dsvm.test");
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  private DataSourcesViewModel vm(UUID ws, String email) {
    DataSourcesViewModel vm = new DataSourcesViewModel(direct.context(direct.signIn(api, email), ws));
    vm.load();
    return vm;
  }

  private static SourceForm dropForm(String name, String folder) {
    return new SourceForm(name, "Clinic drop", "file_drop", "manual", true, folder, "", "");
  }

  @Test
  void syncNowImportsTheDropFolderAndTheHistoryShowsTheRun() {
    UUID ws = api.workspace("ds-vm-sync", Environment.DEVELOPMENT, owner);
    DataSourcesViewModel vm = vm(ws, "owner@dsvm.test");
    vm.save(null, dropForm("clinic-drop", FhirDropBundles.stage(importsRoot, ws).toString()));
    assertEquals(1, vm.pages().items().size(), direct.notices.toString());
    DataSourceViews.View created = vm.selectedProperty().get();
    assertEquals("clinic-drop", created.name());
    assertEquals("None", vm.history().labelProperty().get());
    vm.sync().syncNow(created);
    assertFalse(vm.sync().runningProperty().get());
    assertTrue(vm.sync().outcomeProperty().get().startsWith("Sync succeeded: 10 imported, 1 failed, 10 events in "),
        vm.sync().outcomeProperty().get() + direct.notices);
    assertTrue(vm.sync().errors().get(0).startsWith("Patient/p-bad: malformed"), vm.sync().errors().toString());
    assertEquals("1–1 of 1", vm.history().labelProperty().get());
    assertEquals("success", vm.history().items().get(0).status());
    assertEquals(10, vm.history().items().get(0).syncedCount());
    DataSourceViews.View listed = vm.pages().items().get(0);
    assertEquals("success", listed.lastSyncStatus());
    assertTrue(listed.lastSyncAt() != null);
  }

  @Test
  void historyPagesOnTheServerPerSource() {
    UUID ws = api.workspace("ds-vm-history", Environment.DEVELOPMENT, owner);
    UUID id = SafetyFixtures.dataSource(api, ws, owner);
    UUID other = SafetyFixtures.dataSource(api, ws, owner);
    var audit = AuditRecord.allowed(Map.of("kind", "test"), "data_source.sync", "", "t");
    for (int i = 0; i < 13; i++) {
      var run = (dev.wsconsole.server.datasource.DataSourceSyncStore.Started) api.backend.dataSourceSyncs().start(ws, id,
          audit);
      api.backend.dataSourceSyncs().finish(ws, run.syncId(), i % 2 == 0, i, i, 0, List.of(), audit);
    }
    DataSourcesViewModel vm = vm(ws, "owner@dsvm.test");
    vm.selectedProperty().set(vm.pages().items().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow());
    assertEquals("1–10 of 13", vm.history().labelProperty().get(), direct.notices.toString());
    assertEquals(12, vm.history().items().get(0).eventCount(), "newest first");
    vm.history().next();
    assertEquals("11–13 of 13", vm.history().labelProperty().get());
    vm.selectedProperty().set(vm.pages().items().stream().filter(s -> s.id().equals(other)).findFirst().orElseThrow());
    assertEquals("None", vm.history().labelProperty().get());
  }

  @Test
  void editingKeepsStoredSecretsUnlessANewOneIsTyped() {
    UUID ws = api.workspace("ds-vm-secrets", Environment.DEVELOPMENT, owner);
    UUID id = SafetyFixtures.dataSource(api, ws, owner);
    DataSourcesViewModel vm = vm(ws, "owner@dsvm.test");
    DataSourceViews.View s = vm.pages().items().get(0);
    assertEquals(DataSourcesApi.SECRET_MASK, DataSourcesApi.config(s).get("password"));
    vm.save(s, new SourceForm(s.name(), "Renamed EHR", s.sourceType(), "scheduled", true, "",
        SourceForm.shown(s, SourceForm.BASE_URL), ""));
    DataSourceViews.View saved = vm.selectedProperty().get();
    assertEquals("Renamed EHR", saved.displayName(), direct.notices.toString());
    assertEquals("scheduled", saved.syncStrategy());
    var secrets = api.backend.dataSources().secrets(ws, id).orElseThrow();
    assertEquals(SafetyFixtures.DB_PASSWORD, secrets.get("/password").asText());
    assertEquals(SafetyFixtures.CLIENT_SECRET, secrets.get("/auth/client_secret").asText());
    assertFalse(SourceForm.hasStoredToken(saved));
    vm.save(saved, new SourceForm(s.name(), "Renamed EHR", s.sourceType(), "scheduled", true, "",
        SourceForm.shown(s, SourceForm.BASE_URL), "tok-123"));
    assertTrue(SourceForm.hasStoredToken(vm.selectedProperty().get()));
    assertEquals("tok-123", api.backend.dataSources().secrets(ws, id).orElseThrow().get("/bearer_token").asText());
    assertTrue(direct.notices.isEmpty(), direct.notices.toString());
  }

  @Test
  void refusalsShowTheServersDetailAndWriteNothingThenDelete() {
    UUID ws = api.workspace("ds-vm-refusals", Environment.DEVELOPMENT, owner);
    DataSourcesViewModel vm = vm(ws, "owner@dsvm.test");
    vm.save(null, dropForm("relative", "drop/here"));
    assertEquals(1, direct.notices.size());
    assertTrue(direct.notices.get(0).contains("absolute folder path"), direct.notices.toString());
    vm.save(null, dropForm("taken", FhirDropBundles.stage(importsRoot, ws).toString()));
    vm.save(null, dropForm("taken", FhirDropBundles.stage(importsRoot, ws).toString()));
    assertTrue(direct.notices.get(1).contains("already used"), direct.notices.toString());
    assertEquals(1, vm.pages().items().size());
    vm.delete(vm.selectedProperty().get());
    assertNull(vm.selectedProperty().get());
    assertEquals("None", vm.pages().labelProperty().get());
  }

  @Test
  void aViewerMayNotManage() {
    UUID ws = api.workspace("ds-vm-viewer", Environment.DEVELOPMENT, owner);
    api.member(ws, api.backend.users().byEmail("viewer@dsvm.test").orElseThrow().id(), Role.VIEWER);
    UUID id = SafetyFixtures.dataSource(api, ws, owner);
    DataSourcesViewModel vm = vm(ws, "viewer@dsvm.test");
    assertFalse(vm.mayManage());
    assertEquals(1, vm.pages().items().size());
    vm.sync().syncNow(vm.pages().items().get(0));
    assertEquals(1, direct.notices.size(), direct.notices.toString());
    assertFalse(direct.notices.get(0).contains("Exception"), direct.notices.toString());
    assertFalse(vm.sync().runningProperty().get());
    assertEquals(0, api.backend.dataSourceSyncs().page(ws, id, 10, 0).total());
  }
}
