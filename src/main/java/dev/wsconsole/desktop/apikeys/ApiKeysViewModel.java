package dev.wsconsole.desktop.apikeys;

import dev.wsconsole.desktop.client.ApiKeysApi;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.desktop.shell.ServerPages;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.RolePermissions;
import dev.wsconsole.model.wire.ApiKeyResponses;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * A workspace's API keys, a page at a time from the server: create with a role and an expiry, rotate,
 * revoke; a new secret is held once for the view to show and copy, then forgotten.
 */
public final class ApiKeysViewModel {
  static final int PAGE_SIZE = 10;
  private final PageContext context;
  private final ApiKeysApi api;
  private final UUID ws;
  private final ReadOnlyStringWrapper secret = new ReadOnlyStringWrapper("");
  private final ServerPages<ApiKeyResponses.View> pages;

  public ApiKeysViewModel(PageContext context) {
    this.context = context;
    this.api = context.api().apiKeys();
    this.ws = context.workspace().id();
    this.pages = new ServerPages<>(context.calls(), token -> api.list(ws, PAGE_SIZE, token));
  }

  public ObservableList<ApiKeyResponses.View> keys() {
    return pages.items();
  }

  /** The secret of the key just created or rotated (empty otherwise): shown once. */
  public ReadOnlyStringProperty secretProperty() {
    return secret.getReadOnlyProperty();
  }

  /** The server-paged list behind the table (for its pager bar). */
  public ServerPages<ApiKeyResponses.View> pages() {
    return pages;
  }

  public boolean mayCreate() {
    return context.may(Permission.API_KEY_CREATE);
  }

  public boolean mayRevoke() {
    return context.may(Permission.API_KEY_REVOKE);
  }

  /** Roles the caller may give a key: those whose rights the caller holds all of. */
  public List<String> grantableRoles() {
    return Arrays.stream(Role.values()).filter(r -> context.permissions().containsAll(RolePermissions.of(r)))
        .map(Role::wireName).toList();
  }

  public void load() {
    pages.reload();
  }

  public void create(String name, String role, int days) {
    String cleanName = name == null || name.isBlank() ? "Console key" : name.strip();
    context.calls().run(() -> api.create(ws, cleanName, role, days), this::issued);
  }

  public void rotate(ApiKeyResponses.View key, int days) {
    context.calls().run(() -> api.rotate(ws, key.id(), days), this::issued);
  }

  public void revoke(ApiKeyResponses.View key) {
    context.calls().run(() -> {
      api.revoke(ws, key.id());
      return true;
    }, done -> load());
  }

  /** The secret was copied or dismissed: forget it. */
  public void forgetSecret() {
    secret.set("");
  }

  private void issued(ApiKeyResponses.Created key) {
    secret.set(key.apiKey());
    load();
  }
}
