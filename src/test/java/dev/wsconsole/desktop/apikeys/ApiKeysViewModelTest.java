package dev.wsconsole.desktop.apikeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.DirectCalls;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The API keys view-model against the real backend. */
class ApiKeysViewModelTest {
  private static TestApi api;
  private static UUID ws;
  private static UUID owner;
  private final DirectCalls direct = new DirectCalls();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("apikeys_vm");
    owner = api.user("owner@keysvm.test");
    ws = api.workspace("keys-vm", Environment.STAGING, owner);
    api.member(ws, api.user("member@keysvm.test"), Role.MEMBER);
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  private ApiKeysViewModel vmFor(String email) {
    return vmFor(email, ws);
  }

  private ApiKeysViewModel vmFor(String email, UUID workspace) {
    PageContext context = direct.context(direct.signIn(api, email), workspace);
    ApiKeysViewModel vm = new ApiKeysViewModel(context);
    vm.load();
    return vm;
  }

  @Test
  void aCreatedKeyShowsItsSecretOnceAndTheSecretWorks() {
    ApiKeysViewModel vm = vmFor("owner@keysvm.test");
    vm.create("EHR sync", "admin", 7);
    String secret = vm.secretProperty().get();
    assertFalse(secret.isEmpty(), direct.notices.toString());
    assertEquals(200, api.get("/v1/auth/me", secret).status());
    assertTrue(vm.keys().stream().anyMatch(k -> "EHR sync".equals(k.name()) && k.role().wireName().equals("admin")));
    vm.forgetSecret();
    assertEquals("", vm.secretProperty().get());
  }

  @Test
  void rotatingKillsTheOldSecretAndRevokingKillsTheKey() {
    ApiKeysViewModel vm = vmFor("owner@keysvm.test");
    vm.create("to rotate", "member", 30);
    String old = vm.secretProperty().get();
    var key = vm.keys().stream().filter(k -> "to rotate".equals(k.name())).findFirst().orElseThrow();
    vm.rotate(key, 30);
    String fresh = vm.secretProperty().get();
    assertEquals(401, api.get("/v1/auth/me", old).status());
    assertEquals(200, api.get("/v1/auth/me", fresh).status());
    var rotated = vm.keys().stream().filter(k -> "to rotate".equals(k.name())).findFirst().orElseThrow();
    vm.revoke(rotated);
    assertEquals(401, api.get("/v1/auth/me", fresh).status());
    assertTrue(vm.keys().stream().noneMatch(k -> k.id().equals(rotated.id())));
  }

  @Test
  void aMemberMayNotGiveAKeyMoreThanTheirOwnRights() {
    ApiKeysViewModel vm = vmFor("member@keysvm.test");
    assertEquals(List.of("member", "viewer"), vm.grantableRoles());
    vm.create("too strong", "admin", 7);
    assertEquals("", vm.secretProperty().get());
    assertTrue(direct.notices.get(direct.notices.size() - 1).contains("role 'admin'"), direct.notices.toString());
  }

  @Test
  void keysArePagedByTheServer() {
    UUID busy = api.workspace("keys-vm-busy", Environment.DEVELOPMENT, owner);
    for (int i = 0; i < ApiKeysViewModel.PAGE_SIZE + 3; i++) {
      api.key(busy, owner, Role.VIEWER);
    }
    ApiKeysViewModel vm = vmFor("owner@keysvm.test", busy);
    assertEquals(ApiKeysViewModel.PAGE_SIZE, vm.keys().size(), direct.notices + " " + vm.pages().labelProperty().get() + " " + direct.sessionsEnded);
    assertTrue(vm.pages().hasNextProperty().get());
    assertFalse(vm.pages().hasPreviousProperty().get());
    vm.pages().next();
    assertEquals(3, vm.keys().size());
    assertTrue(vm.pages().labelProperty().get().startsWith("11–"), vm.pages().labelProperty().get());
    assertTrue(vm.pages().hasPreviousProperty().get());
    vm.pages().previous();
    assertEquals("1–10 of 13", vm.pages().labelProperty().get());
  }
}
