package dev.wsconsole.desktop.members;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.DirectCalls;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Member;
import dev.wsconsole.model.Role;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The members view-model against the real backend. */
class MembersViewModelTest {
  private static TestApi api;
  private final DirectCalls direct = new DirectCalls();

  @BeforeAll
  static void startBackend() {
    api = TestApi.start("members_vm");
  }

  @AfterAll
  static void stopBackend() throws Exception {
    api.close();
  }

  private MembersViewModel vmFor(String email, UUID ws) {
    MembersViewModel vm = new MembersViewModel(direct.context(direct.signIn(api, email), ws));
    vm.load();
    return vm;
  }

  private static Member member(MembersViewModel vm, String email) {
    return vm.members().stream().filter(m -> m.email().equals(email)).findFirst().orElseThrow();
  }

  @Test
  void anInvitationCarriesATokenTheInviteeCanAccept() {
    UUID owner = api.user("owner1@membersvm.test");
    UUID ws = api.workspace("members-vm-1", Environment.STAGING, owner);
    api.user("new@membersvm.test");
    MembersViewModel vm = vmFor("owner1@membersvm.test", ws);
    vm.invite("new@membersvm.test", "operator");
    String shown = vm.invitationProperty().get();
    assertTrue(shown.startsWith("Invitation for new@membersvm.test (operator): "), shown + direct.notices);
    String token = shown.substring(shown.lastIndexOf(' ') + 1);
    assertEquals(200, api.post("/v1/invitations/accept", api.signIn("new@membersvm.test"),
        Map.of("token", token)).status());
    vm.load();
    assertEquals("operator", member(vm, "new@membersvm.test").role().wireName());
  }

  @Test
  void changingARoleAndRemovingAMemberReachTheServer() {
    UUID owner = api.user("owner2@membersvm.test");
    UUID ws = api.workspace("members-vm-2", Environment.DEVELOPMENT, owner);
    UUID bob = api.user("bob@membersvm.test");
    api.member(ws, bob, Role.MEMBER);
    MembersViewModel vm = vmFor("owner2@membersvm.test", ws);
    vm.changeRole(member(vm, "bob@membersvm.test"), "viewer");
    assertEquals("viewer", member(vm, "bob@membersvm.test").role().wireName());
    vm.remove(member(vm, "bob@membersvm.test"));
    assertTrue(vm.members().stream().noneMatch(m -> m.email().equals("bob@membersvm.test")));
    assertEquals(404, api.get("/v1/workspaces/" + ws, api.signIn("bob@membersvm.test")).status());
  }

  @Test
  void transferringOwnershipMakesTheCallerAdminAndAsksTheShellToReload() {
    UUID owner = api.user("owner3@membersvm.test");
    UUID ws = api.workspace("members-vm-3", Environment.PRODUCTION, owner);
    api.member(ws, api.user("heir@membersvm.test"), Role.ADMIN);
    MembersViewModel vm = vmFor("owner3@membersvm.test", ws);
    vm.transferOwnership(member(vm, "heir@membersvm.test"));
    assertEquals(1, direct.reloads, direct.notices.toString());
    vm.load();
    assertEquals("owner", member(vm, "heir@membersvm.test").role().wireName());
    assertEquals("admin", member(vm, "owner3@membersvm.test").role().wireName());
  }

  @Test
  void anAdminCannotMakeAnOwnerAndTheServerSaysWhy() {
    UUID owner = api.user("owner4@membersvm.test");
    UUID ws = api.workspace("members-vm-4", Environment.STAGING, owner);
    api.member(ws, api.user("admin4@membersvm.test"), Role.ADMIN);
    api.member(ws, api.user("m4@membersvm.test"), Role.MEMBER);
    MembersViewModel vm = vmFor("admin4@membersvm.test", ws);
    assertEquals(List.of("admin", "member", "operator", "viewer"), vm.grantableRoles());
    assertFalse(vm.mayTransfer());
    vm.changeRole(member(vm, "m4@membersvm.test"), "owner");
    assertEquals("member", member(vm, "m4@membersvm.test").role().wireName());
    assertFalse(direct.notices.isEmpty());
    assertFalse(direct.notices.get(0).contains("Exception"), direct.notices.get(0));
  }
}
