package dev.wsconsole.server.http;

import static dev.wsconsole.model.Permission.API_KEY_CREATE;
import static dev.wsconsole.model.Permission.API_KEY_REVOKE;
import static dev.wsconsole.model.Permission.API_KEY_VIEW;
import static dev.wsconsole.model.Permission.ISOLATION_CHECK;
import static dev.wsconsole.model.Permission.PHONE_NUMBER_MANAGE;
import static dev.wsconsole.model.Permission.PHONE_NUMBER_VIEW;
import static dev.wsconsole.model.Permission.SETTINGS_MANAGE;
import static dev.wsconsole.model.Permission.SETTINGS_VIEW;
import static dev.wsconsole.model.Permission.WORKSPACE_ARCHIVE;
import static dev.wsconsole.model.Permission.WORKSPACE_CONVERT;
import static dev.wsconsole.model.Permission.WORKSPACE_PROVISION;
import static dev.wsconsole.model.Permission.WORKSPACE_UPDATE;
import static dev.wsconsole.model.Permission.WORKSPACE_VIEW;
import static dev.wsconsole.server.http.Scope.PUBLIC;
import static dev.wsconsole.server.http.Scope.USER;
import static dev.wsconsole.server.http.Scope.WORKSPACE;

import dev.wsconsole.server.Backend;
import dev.wsconsole.server.apikey.ApiKeyHandlers;
import dev.wsconsole.server.auth.AuthHandlers;
import dev.wsconsole.server.workspace.WorkspaceHandlers;
import dev.wsconsole.server.phone.PhoneNumberHandlers;
import dev.wsconsole.server.settings.SettingsHandlers;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every operation of the API and what it needs, on one screen. The role-matrix test, the OpenAPI
 * document and the contract comparison are all generated from this table.
 */
public final class Routes {
  private static final String WS = "/v1/workspaces/{workspace_id}";
  private static final String IN = "/v1/{workspace_id}";

  private Routes() {}

  public static List<Route> all(Backend b) {
    WorkspaceHandlers workspaces = new WorkspaceHandlers(b);
    ApiKeyHandlers keys = new ApiKeyHandlers(b);
    AuthHandlers auth = new AuthHandlers(b);
    List<Route> core = List.of(
        Route.extension("GET", "/healthz", PUBLIC, null, "health", 200, c -> Map.of("status", "ok")),
        Route.extension("GET", "/openapi.json", PUBLIC, null, "openapi", 200, c -> OpenApiDocument.render(all(b))),

        Route.extension("POST", "/v1/auth/login", PUBLIC, null, "login", 200, auth::login),
        Route.extension("POST", "/v1/auth/logout", USER, null, "logout", 204, auth::logout),
        Route.of("GET", "/v1/auth/me", USER, null, "get-auth-info", 200, auth::me),

        Route.of("POST", "/v1/me/workspaces", USER, null, "create-my-workspace", 201, workspaces::create),
        Route.of("GET", "/v1/workspaces", USER, null, "list-workspaces", 200, workspaces::list),
        Route.of("GET", WS, WORKSPACE, WORKSPACE_VIEW, "get-workspace", 200, workspaces::get),
        Route.of("PATCH", WS, WORKSPACE, WORKSPACE_UPDATE, "update-workspace", 200, workspaces::update),
        Route.of("POST", WS + "/provision", WORKSPACE, WORKSPACE_PROVISION, "provision-workspace", 200,
            workspaces::provision),
        Route.of("POST", WS + "/archive", WORKSPACE, WORKSPACE_ARCHIVE, "archive-workspace", 200, workspaces::archive),
        Route.of("GET", WS + "/environment-check", WORKSPACE, WORKSPACE_CONVERT, "check-environment-conversion", 200,
            workspaces::environmentCheck),
        Route.of("POST", WS + "/convert-environment", WORKSPACE, WORKSPACE_CONVERT, "convert-workspace-environment",
            200, workspaces::convert),
        Route.of("GET", WS + "/test-caller-numbers", WORKSPACE, SETTINGS_VIEW, "get-test-caller-numbers", 200,
            workspaces::testCallers),
        Route.of("PUT", WS + "/test-caller-numbers", WORKSPACE, SETTINGS_MANAGE, "update-test-caller-numbers", 200,
            workspaces::setTestCallers),

        Route.of("GET", IN + "/api-keys", WORKSPACE, API_KEY_VIEW, "list-api-keys", 200, keys::list),
        Route.of("POST", IN + "/api-keys", WORKSPACE, API_KEY_CREATE, "create-api-key", 201, keys::create),
        Route.of("GET", IN + "/api-keys/permission-catalog", WORKSPACE, API_KEY_VIEW,
            "get-api-key-permission-catalog", 200, keys::catalog),
        Route.of("DELETE", IN + "/api-keys/{key_id}", WORKSPACE, API_KEY_REVOKE, "delete-api-key", 204, keys::revoke),
        Route.of("POST", IN + "/api-keys/{key_id}/rotate", WORKSPACE, API_KEY_CREATE, "rotate-api-key", 200,
            keys::rotate),

        Route.extension("GET", IN + "/isolation-check", WORKSPACE, ISOLATION_CHECK, "check-isolation", 200,
            c -> b.database.checkIsolation()));
    return Stream.of(core,
        phoneNumberRoutes(b),
        settingsRoutes(b)).flatMap(List::stream).toList();
  }

  private static List<Route> phoneNumberRoutes(Backend b) {
    PhoneNumberHandlers numbers = new PhoneNumberHandlers(b);
    String one = IN + "/phone-numbers/{phone_number_id}";
    return List.of(
        Route.of("GET", IN + "/phone-numbers", WORKSPACE, PHONE_NUMBER_VIEW, "list-phone-numbers", 200, numbers::list),
        Route.of("POST", IN + "/phone-numbers", WORKSPACE, PHONE_NUMBER_MANAGE, "create-phone-number", 201,
            numbers::create),
        Route.of("GET", one, WORKSPACE, PHONE_NUMBER_VIEW, "get-phone-number", 200, numbers::get),
        Route.of("PUT", one, WORKSPACE, PHONE_NUMBER_MANAGE, "update-phone-number", 200, numbers::update),
        Route.of("DELETE", one, WORKSPACE, PHONE_NUMBER_MANAGE, "delete-phone-number", 204, numbers::delete),
        Route.of("PUT", one + "/forwarding", WORKSPACE, PHONE_NUMBER_MANAGE, "set-phone-number-forwarding", 200,
            numbers::setForwarding),
        Route.of("DELETE", one + "/forwarding", WORKSPACE, PHONE_NUMBER_MANAGE, "clear-phone-number-forwarding", 200,
            numbers::clearForwarding));
  }

  private static List<Route> settingsRoutes(Backend b) {
    SettingsHandlers settings = new SettingsHandlers(b);
    return List.of(
        Route.of("GET", IN + "/settings/voice", WORKSPACE, SETTINGS_VIEW, "get-voice-settings", 200, settings::voice),
        Route.of("PUT", IN + "/settings/voice", WORKSPACE, SETTINGS_MANAGE, "update-voice-settings", 200,
            settings::updateVoice),
        Route.of("GET", IN + "/settings/security", WORKSPACE, SETTINGS_VIEW, "get-security-settings", 200,
            settings::security),
        Route.of("PUT", IN + "/settings/security", WORKSPACE, SETTINGS_MANAGE, "update-security-settings", 200,
            settings::updateSecurity),
        Route.of("GET", IN + "/settings/retention", WORKSPACE, SETTINGS_VIEW, "get-retention-policy", 200,
            settings::retention),
        Route.of("PUT", IN + "/settings/retention", WORKSPACE, SETTINGS_MANAGE, "update-retention-policy", 200,
            settings::updateRetention));
  }
}
