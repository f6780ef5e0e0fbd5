package dev.wsconsole.desktop.members;

import dev.wsconsole.desktop.client.MembersApi;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.desktop.shell.ServerPages;
import dev.wsconsole.model.Member;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.RolePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/** Members and roles of a workspace: the paged member list, invite, change role, remove, transfer ownership. */
public final class MembersViewModel {
  static final int PAGE_SIZE = 10;
  private final PageContext context;
  private final MembersApi api;
  private final UUID ws;
  private final ServerPages<Member> pages;
  private final ReadOnlyStringWrapper invitation = new ReadOnlyStringWrapper("");

  public MembersViewModel(PageContext context) {
    this.context = context;
    this.api = context.api().members();
    this.ws = context.workspace().id();
    this.pages = new ServerPages<>(context.calls(), token -> api.list(ws, PAGE_SIZE, token));
  }

  public ServerPages<Member> pages() {
    return pages;
  }

  /** The last invitation's one-time token, to hand to the invitee (empty when none). */
  public ReadOnlyStringProperty invitationProperty() {
    return invitation.getReadOnlyProperty();
  }

  public ObservableList<Member> members() {
    return pages.items();
  }

  public boolean mayInvite() {
    return context.may(Permission.MEMBER_INVITE);
  }

  public boolean mayManage() {
    return context.may(Permission.MEMBER_MANAGE);
  }

  public boolean mayTransfer() {
    return context.may(Permission.MEMBER_TRANSFER_OWNERSHIP);
  }

  /** Roles the caller may give: those whose rights the caller holds all of. */
  public List<String> grantableRoles() {
    return Arrays.stream(Role.values()).filter(r -> context.permissions().containsAll(RolePermissions.of(r)))
        .map(Role::wireName).toList();
  }

  public void load() {
    pages.reload();
  }

  public void invite(String email, String role) {
    context.calls().run(() -> api.invite(ws, email.strip(), role),
        sent -> invitation.set("Invitation for " + sent.email() + " (" + sent.role().wireName() + "): "
            + sent.token()));
  }

  public void changeRole(Member member, String role) {
    context.calls().run(() -> api.changeRole(ws, member.userId(), role), changed -> afterChange(member));
  }

  public void remove(Member member) {
    context.calls().run(() -> {
      api.remove(ws, member.userId());
      return true;
    }, done -> afterChange(member));
  }

  public void transferOwnership(Member member) {
    context.calls().run(() -> {
      api.transferOwnership(ws, member.userId());
      return true;
    }, done -> context.reload().run());
  }

  /** A change to oneself changes one's rights: the shell reads them again; otherwise the list reloads. */
  private void afterChange(Member member) {
    if (member.userId().equals(context.userId())) {
      context.reload().run();
    } else {
      pages.reload();
    }
  }
}
