package dev.wsconsole.server.http;

import static dev.wsconsole.model.Permission.API_KEY_CREATE;
import static dev.wsconsole.model.Permission.API_KEY_REVOKE;
import static dev.wsconsole.model.Permission.API_KEY_VIEW;
import static dev.wsconsole.model.Permission.ISOLATION_CHECK;
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
import dev.wsconsole.server.apikey.ApiKeyResponses;
import dev.wsconsole.server.auth.AuthHandlers;
import dev.wsconsole.server.auth.AuthResponses;
import dev.wsconsole.server.db.IsolationReport;
import dev.wsconsole.server.workspace.WorkspaceHandlers;
import dev.wsconsole.server.workspace.WorkspaceResponses;
import dev.wsconsole.server.workspace.WorkspaceView;
import java.util.List;
import java.util.Map;

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
    return List.of(
        Route.extension("GET", "/healthz", PUBLIC, null, "health", 200, Health.class, c -> new Health("ok")),
        Route.extension("GET", "/openapi.json", PUBLIC, null, "openapi", 200, Map.class,
            c -> OpenApiDocument.render(all(b))),

        Route.extension("POST", "/v1/auth/login", PUBLIC, null, "login", 200, AuthResponses.Login.class, auth::login),
        Route.extension("POST", "/v1/auth/logout", USER, null, "logout", 204, Void.class, auth::logout),
        Route.of("GET", "/v1/auth/me", USER, null, "get-auth-info", 200, AuthResponses.AuthInfo.class, auth::me),

        Route.of("POST", "/v1/me/workspaces", USER, null, "create-my-workspace", 201, WorkspaceView.class,
            workspaces::create),
        Route.of("GET", "/v1/workspaces", USER, null, "list-workspaces", 200, Page.of(WorkspaceView.class),
            workspaces::list),
        Route.of("GET", WS, WORKSPACE, WORKSPACE_VIEW, "get-workspace", 200, WorkspaceView.class, workspaces::get),
        Route.of("PATCH", WS, WORKSPACE, WORKSPACE_UPDATE, "update-workspace", 200, WorkspaceView.class,
            workspaces::update),
        Route.of("POST", WS + "/provision", WORKSPACE, WORKSPACE_PROVISION, "provision-workspace", 200,
            WorkspaceResponses.Provisioned.class, workspaces::provision),
        Route.of("POST", WS + "/archive", WORKSPACE, WORKSPACE_ARCHIVE, "archive-workspace", 200, WorkspaceView.class,
            workspaces::archive),
        Route.of("GET", WS + "/environment-check", WORKSPACE, WORKSPACE_CONVERT, "check-environment-conversion", 200,
            WorkspaceResponses.EnvironmentCheck.class, workspaces::environmentCheck),
        Route.of("POST", WS + "/convert-environment", WORKSPACE, WORKSPACE_CONVERT, "convert-workspace-environment",
            200, WorkspaceView.class, workspaces::convert),
        Route.of("GET", WS + "/test-caller-numbers", WORKSPACE, SETTINGS_VIEW, "get-test-caller-numbers", 200,
            WorkspaceResponses.TestCallerNumbers.class, workspaces::testCallers),
        Route.of("PUT", WS + "/test-caller-numbers", WORKSPACE, SETTINGS_MANAGE, "update-test-caller-numbers", 200,
            WorkspaceResponses.TestCallerNumbers.class, workspaces::setTestCallers),

        Route.of("GET", IN + "/api-keys", WORKSPACE, API_KEY_VIEW, "list-api-keys", 200,
            Page.of(ApiKeyResponses.View.class), keys::list),
        Route.of("POST", IN + "/api-keys", WORKSPACE, API_KEY_CREATE, "create-api-key", 201,
            ApiKeyResponses.Created.class, keys::create),
        Route.of("GET", IN + "/api-keys/permission-catalog", WORKSPACE, API_KEY_VIEW,
            "get-api-key-permission-catalog", 200, ApiKeyResponses.PermissionCatalog.class, keys::catalog),
        Route.of("DELETE", IN + "/api-keys/{key_id}", WORKSPACE, API_KEY_REVOKE, "delete-api-key", 204, Void.class,
            keys::revoke),
        Route.of("POST", IN + "/api-keys/{key_id}/rotate", WORKSPACE, API_KEY_CREATE, "rotate-api-key", 200,
            ApiKeyResponses.Created.class, keys::rotate),

        Route.extension("GET", IN + "/isolation-check", WORKSPACE, ISOLATION_CHECK, "check-isolation", 200,
            IsolationReport.class, c -> b.database.checkIsolation()));
  }
}
