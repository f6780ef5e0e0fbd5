package dev.wsconsole.desktop.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.DirectCalls;
import dev.wsconsole.desktop.client.WorldApi;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.WorldViews;
import dev.wsconsole.testing.TestApi;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The world view-model against the real backend: search, fields with their source, timeline, relationships. */
class WorldViewModelTest {
  private static TestApi api;
  private static UUID ws;
  private static WorldFixture world;
  private final DirectCalls direct = new DirectCalls();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("world_vm");
    UUID owner = api.user("owner@worldvm.test");
    ws = api.workspace("world-vm", Environment.DEVELOPMENT, owner);
    api.member(ws, api.user("viewer@worldvm.test"), Role.VIEWER);
    world = WorldFixture.write(api, ws);
    for (int i = 0; i < 25; i++) {
      api.backend.world().ensureEntity(ws, "device", "Device/d-" + i, "Pager " + i);
    }
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  private WorldViewModel vm() {
    WorldViewModel vm = new WorldViewModel(direct.context(direct.signIn(api, "viewer@worldvm.test"), ws));
    vm.load();
    return vm;
  }

  @Test
  void searchPagesOnTheServerAndFiltersByTypeAndText() {
    WorldViewModel vm = vm();
    assertEquals(WorldViewModel.PAGE_SIZE, vm.entities().items().size(), direct.notices.toString());
    assertEquals("1–20 of 27", vm.entities().labelProperty().get());
    vm.entities().next();
    assertEquals("21–27 of 27", vm.entities().labelProperty().get());
    vm.search("patient", null);
    assertEquals(1, vm.entities().items().size());
    vm.search(null, "rowan");
    assertEquals(WorldFixture.PRACTITIONER, vm.entities().items().get(0).displayName());
    assertTrue(vm.types().stream().anyMatch(t -> t.entityType().equals("device") && t.count() == 25));
    assertEquals(27, vm.dashboardProperty().get().entityCounts().totalEntities());
    assertEquals(4, vm.dashboardProperty().get().events_7d());
  }

  @Test
  void anOpenedEntityShowsWinningFieldsTimelineWithSupersededAndItsRelationships() {
    WorldViewModel vm = vm();
    vm.open(world.patient());
    assertEquals(WorldFixture.PATIENT, vm.openedProperty().get().displayName(), direct.notices.toString());
    WorldViews.Field phone = vm.fields().stream().filter(f -> f.field().equals("phone")).findFirst().orElseThrow();
    assertEquals("+15550000002", WorldApi.valueText(phone));
    assertEquals("front_desk", phone.source());
    assertEquals(0.8, phone.confidence(), 1e-6);
    assertFalse(vm.fields().stream().anyMatch(f -> f.field().equals("city")), "a superseded event's fields do not count");
    assertEquals(3, vm.timeline().items().size());
    WorldViews.Event wrong = vm.timeline().items().stream().filter(e -> e.id().equals(world.wrongPhone())).findFirst().orElseThrow();
    assertFalse(wrong.isCurrent());
    assertEquals(world.rightPhone(), wrong.supersededBy());
    vm.domain("operational");
    assertEquals(1, vm.timeline().items().size());
    assertEquals("call.completed", vm.timeline().items().get(0).eventType());
    assertEquals(1, vm.related().size());
    assertEquals(WorldFixture.PRACTITIONER, vm.related().get(0).otherLabel());
    assertTrue(vm.related().get(0).relationship().outgoing());
  }

  @Test
  void followingARelationshipOpensTheOtherEndAndBackReturns() {
    WorldViewModel vm = vm();
    vm.open(world.patient());
    assertFalse(vm.canGoBackProperty().get());
    vm.open(vm.related().get(0).relationship().otherId());
    assertEquals(world.practitioner(), vm.openedProperty().get().id());
    assertEquals("attended_by ← " + WorldFixture.PATIENT + " (patient)", EntityDetailPane.describe(vm.related().get(0)));
    assertEquals("practitioner.registered", vm.timeline().items().get(0).eventType());
    assertTrue(vm.canGoBackProperty().get());
    vm.back();
    assertEquals(world.patient(), vm.openedProperty().get().id());
    assertFalse(vm.canGoBackProperty().get());
  }

  @Test
  void anUnknownEntityShowsTheServersDetail() {
    WorldViewModel vm = vm();
    vm.open(UUID.randomUUID());
    assertEquals(null, vm.openedProperty().get());
    assertEquals(1, direct.notices.size(), direct.notices.toString());
    assertTrue(direct.notices.get(0).contains("Entity"), direct.notices.toString());
  }
}
