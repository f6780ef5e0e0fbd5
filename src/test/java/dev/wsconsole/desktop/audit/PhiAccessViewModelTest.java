package dev.wsconsole.desktop.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.DirectCalls;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PHI access and compliance view-models against the real backend, without a scene. */
class PhiAccessViewModelTest {
  private static TestApi api;
  private static UUID ws;
  private static UUID patient;
  private final DirectCalls direct = new DirectCalls();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("phi_vm");
    UUID owner = api.user("owner@phivm.test");
    ws = api.workspace("phi-vm", Environment.PRODUCTION, owner);
    patient = api.backend.world().ensureEntity(ws, "patient", "Patient/vm", "Vm Patient");
    String key = api.key(ws, owner, Role.OWNER);
    for (int i = 0; i < 3; i++) {
      assertEquals(200, api.get("/v1/" + ws + "/world/entities/" + patient, key).status());
    }
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  @Test
  void theReportFiltersByRecordAndDayOnTheServerAndRefusesANonId() {
    PhiAccessViewModel vm = new PhiAccessViewModel(direct.context(direct.signIn(api, "owner@phivm.test"), ws));
    vm.load();
    assertEquals(3, vm.pages().items().size(), direct.notices.toString());
    vm.filter("not an id", null, null);
    assertEquals("Record id must be a UUID.", vm.messageProperty().get());
    assertEquals(3, vm.pages().items().size(), "a refused filter keeps the list");
    vm.filter(UUID.randomUUID().toString(), null, null);
    assertEquals(0, vm.pages().items().size());
    vm.filter(patient.toString(), LocalDate.now().minusDays(1), LocalDate.now().plusDays(1));
    assertEquals(3, vm.pages().items().size());
    vm.filter("", LocalDate.now().plusDays(2), null);
    assertEquals(0, vm.pages().items().size());
  }

  @Test
  void theComplianceSummaryShowsTheServersFigures() {
    ComplianceViewModel vm = new ComplianceViewModel(direct.context(direct.signIn(api, "owner@phivm.test"), ws));
    vm.load();
    assertEquals("HIPAA: compliant", vm.statusProperty().get(), direct.notices.toString());
    assertTrue(vm.summaryProperty().get().contains("3 reads of 1 records by 1 accounts"), vm.summaryProperty().get());
    assertTrue(vm.summaryProperty().get().contains("Last audit export: never"), vm.summaryProperty().get());
    assertEquals(1, vm.credentials().size());
  }
}
