package dev.wsconsole.desktop.apikeys;

import dev.wsconsole.desktop.client.ApiKeysApi;
import dev.wsconsole.desktop.client.ApiKeysApi.ApiKey;
import dev.wsconsole.desktop.client.ApiKeysApi.IssuedKey;
import dev.wsconsole.desktop.client.Page;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.RolePermissions;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
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
  private final ObservableList<ApiKey> keys = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper secret = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper pageLabel = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper();
  private final Deque<String> previousTokens = new ArrayDeque<>();
  private String currentToken;
  private String nextToken;

  public ApiKeysViewModel(PageContext context) {
    this.context = context;
    this.api = context.api().apiKeys();
    this.ws = context.workspace().id();
  }

  public ObservableList<ApiKey> keys() {
    return FXCollections.unmodifiableObservableList(keys);
  }

  /** The secret of the key just created or rotated (empty otherwise): shown once. */
  public ReadOnlyStringProperty secretProperty() {
    return secret.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty pageLabelProperty() {
    return pageLabel.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasNextProperty() {
    return hasNext.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty hasPreviousProperty() {
    return hasPrevious.getReadOnlyProperty();
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
    show(currentToken);
  }

  public void nextPage() {
    if (nextToken != null) {
      previousTokens.push(currentToken == null ? "" : currentToken);
      show(nextToken);
    }
  }

  public void previousPage() {
    if (!previousTokens.isEmpty()) {
      String token = previousTokens.pop();
      show(token.isEmpty() ? null : token);
    }
  }

  public void create(String name, String role, int days) {
    String cleanName = name == null || name.isBlank() ? "Console key" : name.strip();
    context.calls().run(() -> api.create(ws, cleanName, role, days), this::issued);
  }

  public void rotate(ApiKey key, int days) {
    context.calls().run(() -> api.rotate(ws, key.id(), days), this::issued);
  }

  public void revoke(ApiKey key) {
    context.calls().run(() -> {
      api.revoke(ws, key.id());
      return true;
    }, done -> load());
  }

  /** The secret was copied or dismissed: forget it. */
  public void forgetSecret() {
    secret.set("");
  }

  private void issued(IssuedKey key) {
    secret.set(key.secret());
    load();
  }

  private void show(String token) {
    context.calls().run(() -> api.list(ws, PAGE_SIZE, token), page -> shown(token, page));
  }

  private void shown(String token, Page<ApiKey> page) {
    currentToken = token;
    nextToken = page.nextToken();
    keys.setAll(page.items());
    int first = token == null ? 0 : Integer.parseInt(token);
    pageLabel.set(page.items().isEmpty() ? "No keys" : (first + 1) + "–" + (first + page.items().size())
        + " of " + page.total());
    hasNext.set(nextToken != null);
    hasPrevious.set(!previousTokens.isEmpty());
  }
}
