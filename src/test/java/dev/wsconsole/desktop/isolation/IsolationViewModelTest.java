package dev.wsconsole.desktop.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.client.IsolationApi;
import dev.wsconsole.desktop.client.JsonHttp;
import dev.wsconsole.model.Environment;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The view-model against the real backend; its executors run inline so each call is finished on return. */
class IsolationViewModelTest {
  private static TwoClinics clinics;

  @BeforeAll
  static void start() {
    clinics = new TwoClinics("ivm");
  }

  @AfterAll
  static void stop() throws Exception {
    clinics.close();
  }

  private static IsolationViewModel viewModel(String token) {
    return new IsolationViewModel(new IsolationApi(new JsonHttp(clinics.api.baseUrl(), token)), Runnable::run, Runnable::run);
  }

  @Test
  void theDiagramShowsTheOwnersTwoWorkspacesWithTheirLiveCounts() {
    IsolationViewModel vm = viewModel(clinics.ownerToken);
    vm.refresh();
    assertFalse(vm.loadingProperty().get());
    List<WorkspaceGraph> shown = vm.diagramProperty().get().workspaces();
    assertEquals(List.of(clinics.north, clinics.south).stream().sorted().toList(),
        shown.stream().map(WorkspaceGraph::id).sorted().toList());
    WorkspaceGraph north = find(shown, clinics.north);
    assertEquals(Environment.PRODUCTION, north.environment());
    assertEquals("2 services", count(north, ResourceKind.SERVICES));
    assertEquals("1 number", count(north, ResourceKind.PHONE_NUMBERS));
    assertEquals("1 source", count(north, ResourceKind.DATA_SOURCES));
    WorkspaceGraph south = find(shown, clinics.south);
    assertEquals("1 service", count(south, ResourceKind.SERVICES));
    assertEquals("0 numbers", count(south, ResourceKind.PHONE_NUMBERS));
    assertEquals("3 sources", count(south, ResourceKind.DATA_SOURCES));
    assertEquals("", vm.messageProperty().get());
  }

  @Test
  void theWorldModelShowsTheDashboardTotalsOrNotAvailableWhenTheServerHasNone() {
    IsolationViewModel vm = viewModel(clinics.ownerToken);
    vm.refresh();
    WorkspaceGraph north = find(vm.diagramProperty().get().workspaces(), clinics.north);
    Map<String, Long> totals = clinics.worldTotals(clinics.north);
    String expected = totals == null ? "n/a entities · n/a events"
        : totals.get("entities") + " entities · " + totals.get("events") + " events";
    assertEquals(expected, count(north, ResourceKind.WORLD_MODEL));
  }

  @Test
  void provingIsolationListsEveryTableWithAPassingVerdict() {
    IsolationViewModel vm = viewModel(clinics.ownerToken);
    vm.refresh();
    vm.proveIsolation();
    assertFalse(vm.checkingProperty().get());
    assertTrue(vm.verdicts().size() > 10, "too few tables: " + vm.verdicts());
    assertTrue(vm.verdicts().stream().allMatch(TableVerdictRow::passed), vm.verdicts().toString());
    assertTrue(vm.verdicts().stream().anyMatch(v -> v.table().endsWith("services") && v.kind().equals("tenant")));
    assertTrue(vm.verdicts().stream().anyMatch(v -> v.kind().equals("global")));
    assertEquals(Boolean.TRUE, vm.isolationHoldsProperty().get());
    assertTrue(vm.checkSummaryProperty().get().startsWith("ISOLATION HOLDS"), vm.checkSummaryProperty().get());
  }

  @Test
  void theCheckRunsThroughTheShellsCurrentWorkspaceFirst() {
    for (UUID current : List.of(clinics.north, clinics.south)) {
      IsolationViewModel vm = new IsolationViewModel(
          new IsolationApi(new JsonHttp(clinics.api.baseUrl(), clinics.ownerToken)), Runnable::run, Runnable::run, current);
      vm.proveIsolation();
      String name = current.equals(clinics.north) ? "Clinic north-ivm" : "Clinic south-ivm";
      assertTrue(vm.checkSummaryProperty().get().contains("checked through " + name), vm.checkSummaryProperty().get());
    }
  }

  @Test
  void aViewerSeesItsOneWorkspaceButCannotProveIsolation() {
    IsolationViewModel vm = viewModel(clinics.viewerToken);
    vm.refresh();
    assertEquals(List.of(clinics.south), vm.diagramProperty().get().workspaces().stream().map(WorkspaceGraph::id).toList());
    vm.proveIsolation();
    assertTrue(vm.verdicts().isEmpty());
    assertNull(vm.isolationHoldsProperty().get());
    assertTrue(vm.checkSummaryProperty().get().contains("Isolation.check"), vm.checkSummaryProperty().get());
  }

  @Test
  void aRevokedSessionShowsTheServersDetailInsteadOfADiagram() {
    IsolationViewModel vm = viewModel("wss_not-a-real-session");
    vm.refresh();
    assertTrue(vm.diagramProperty().get().isEmpty());
    assertFalse(vm.messageProperty().get().isBlank());
    assertFalse(vm.messageProperty().get().contains("Exception"), vm.messageProperty().get());
  }

  private static WorkspaceGraph find(List<WorkspaceGraph> graphs, UUID id) {
    return graphs.stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
  }

  private static String count(WorkspaceGraph g, ResourceKind kind) {
    return g.nodes().stream().filter(n -> n.kind() == kind).findFirst().orElseThrow().countText();
  }
}
