package dev.wsconsole.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.client.ConsoleApi;
import dev.wsconsole.desktop.shell.Session;
import dev.wsconsole.desktop.shell.ShellViewModel;
import dev.wsconsole.desktop.signin.SignInViewModel;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The shell's view-model against the real backend: which workspaces show and what the caller may do there. */
class ShellViewModelTest {
  private static TestApi api;
  private static UUID north;
  private static UUID south;
  private static UUID owner;

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("shell_vm");
    owner = api.user("owner@shellvm.test");
    north = api.workspace("north-shellvm", Environment.PRODUCTION, owner);
    south = api.workspace("south-shellvm", Environment.STAGING, owner);
    UUID viewer = api.user("viewer@shellvm.test");
    api.member(south, viewer, Role.VIEWER);
    UUID stranger = api.user("stranger@shellvm.test");
    api.workspace("elsewhere-shellvm", Environment.DEVELOPMENT, stranger);
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  @Test
  void anOwnerSeesOwnWorkspacesOnlyWithEveryRight() {
    DirectCalls direct = new DirectCalls();
    ShellViewModel vm = new ShellViewModel(direct.signIn(api, "owner@shellvm.test"), direct.calls);
    vm.load(south);
    assertEquals(2, vm.workspaces().size(), direct.notices.toString());
    assertEquals(south, vm.standingProperty().get().workspace().id());
    assertEquals("owner", vm.standingProperty().get().role());
    assertTrue(vm.standingProperty().get().permissions().contains(Permission.WORKSPACE_ARCHIVE));
  }

  @Test
  void aViewerGetsTheViewerRightsWithoutAnyEditRight() {
    DirectCalls direct = new DirectCalls();
    ShellViewModel vm = new ShellViewModel(direct.signIn(api, "viewer@shellvm.test"), direct.calls);
    vm.load(null);
    assertEquals(1, vm.workspaces().size());
    var standing = vm.standingProperty().get();
    assertEquals("viewer", standing.role());
    assertTrue(standing.permissions().contains(Permission.MEMBER_VIEW));
    assertFalse(standing.permissions().contains(Permission.API_KEY_VIEW));
    assertFalse(standing.permissions().contains(Permission.SETTINGS_MANAGE));
    assertTrue(direct.notices.isEmpty(), direct.notices.toString());
  }

  @Test
  void anApiKeySessionSeesOnlyItsWorkspaceWithTheKeysRights() {
    String key = api.key(north, owner, Role.MEMBER);
    DirectCalls direct = new DirectCalls();
    Session session = SignInViewModel.sessionForKey(new ConsoleApi(api.baseUrl(), null), key);
    ShellViewModel vm = new ShellViewModel(session, direct.calls);
    vm.load(null);
    assertEquals(1, vm.workspaces().size());
    assertEquals(north, vm.standingProperty().get().workspace().id());
    assertEquals("member", vm.standingProperty().get().role());
    assertTrue(vm.standingProperty().get().permissions().contains(Permission.API_KEY_CREATE));
    assertFalse(vm.standingProperty().get().permissions().contains(Permission.MEMBER_INVITE));
  }

  @Test
  void anEndedSessionShowsTheServersDetailAndAsksToLock() {
    DirectCalls direct = new DirectCalls();
    Session session = direct.signIn(api, "owner@shellvm.test");
    session.api().auth().logout();
    new ShellViewModel(session, direct.calls).load(null);
    assertEquals(1, direct.sessionsEnded);
    assertEquals(1, direct.notices.size());
    assertFalse(direct.notices.get(0).contains("Exception"), direct.notices.get(0));
  }
}
