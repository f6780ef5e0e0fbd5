package dev.wsconsole.server.app;

import static dev.wsconsole.model.Permission.API_KEY_CREATE;
import static dev.wsconsole.model.Permission.API_KEY_REVOKE;
import static dev.wsconsole.model.Permission.API_KEY_VIEW;
import static dev.wsconsole.model.Permission.ISOLATION_CHECK;
import static dev.wsconsole.model.Permission.MEMBER_INVITE;
import static dev.wsconsole.model.Permission.MEMBER_MANAGE;
import static dev.wsconsole.model.Permission.MEMBER_TRANSFER_OWNERSHIP;
import static dev.wsconsole.model.Permission.MEMBER_VIEW;
import static dev.wsconsole.model.Permission.PHONE_NUMBER_MANAGE;
import static dev.wsconsole.model.Permission.PHONE_NUMBER_VIEW;
import static dev.wsconsole.model.Permission.SETTINGS_MANAGE;
import static dev.wsconsole.model.Permission.SERVICE_MANAGE;
import static dev.wsconsole.model.Permission.SERVICE_VIEW;
import static dev.wsconsole.model.Permission.SETTINGS_VIEW;
import static dev.wsconsole.model.Permission.WORKSPACE_ARCHIVE;
import static dev.wsconsole.model.Permission.WORKSPACE_CONVERT;
import static dev.wsconsole.model.Permission.WORKSPACE_PROVISION;
import static dev.wsconsole.model.Permission.WORKSPACE_UPDATE;
import static dev.wsconsole.model.Permission.WORKSPACE_VIEW;
import static dev.wsconsole.model.Permission.DATA_SOURCE_MANAGE;
import static dev.wsconsole.model.Permission.DATA_SOURCE_VIEW;
import static dev.wsconsole.model.Permission.SAFETY_MANAGE;
import static dev.wsconsole.model.Permission.SAFETY_VIEW;
import static dev.wsconsole.server.http.Scope.PUBLIC;
import static dev.wsconsole.server.http.Scope.USER;
import static dev.wsconsole.server.http.Scope.WORKSPACE;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.PhoneNumber;
import dev.wsconsole.model.RetentionPolicy;
import dev.wsconsole.model.SecuritySettings;
import dev.wsconsole.model.VoiceSettings;
import dev.wsconsole.model.wire.DataSourceViews;
import dev.wsconsole.model.wire.MonitorConcept;
import dev.wsconsole.server.safety.SafetyConfig;
import dev.wsconsole.server.safety.SafetyTemplateHandlers;
import dev.wsconsole.server.safety.SafetyTemplates;
import dev.wsconsole.model.Invitation;
import dev.wsconsole.model.Member;
import dev.wsconsole.model.wire.AuditResponses;
import dev.wsconsole.server.agent.AgentHandlers;
import dev.wsconsole.server.graph.ContextGraphHandlers;
import dev.wsconsole.server.service.ServiceHandlers;
import dev.wsconsole.server.apikey.ApiKeyHandlers;
import dev.wsconsole.model.wire.ApiKeyResponses;
import dev.wsconsole.server.audit.AuditHandlers;
import dev.wsconsole.server.auth.AuthHandlers;
import dev.wsconsole.model.wire.AuthResponses;
import dev.wsconsole.model.wire.IsolationReport;
import dev.wsconsole.server.member.InvitationHandlers;
import dev.wsconsole.server.member.MemberHandlers;
import dev.wsconsole.server.workspace.WorkspaceHandlers;
import dev.wsconsole.model.wire.WorkspaceResponses;
import dev.wsconsole.model.wire.WorkspaceView;
import dev.wsconsole.server.phone.PhoneNumberHandlers;
import dev.wsconsole.server.settings.SettingsHandlers;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import dev.wsconsole.server.http.Route;
import dev.wsconsole.server.http.OpenApiDocument;
import dev.wsconsole.server.http.Untyped;
import dev.wsconsole.server.http.Health;
import dev.wsconsole.model.wire.InvitationResponses;
import dev.wsconsole.model.wire.AgentResponses;
import dev.wsconsole.model.wire.ContextGraphResponses;
import dev.wsconsole.model.wire.ServiceResponses;
import dev.wsconsole.model.wire.SafetyTemplateBodies;
/**
 * Every operation of the API and what it needs, on one screen. The role-matrix test, the OpenAPI
 * document and the contract comparison are all generated from this table.
 */
public final class Routes {
  private static final String WS = "/v1/workspaces/{workspace_id}";
  private static final String IN = "/v1/{workspace_id}";

  private Routes() {}

  public static List<Route> all(Backend b) {
    WorkspaceHandlers workspaces = new WorkspaceHandlers(b.directory());
    ApiKeyHandlers keys = new ApiKeyHandlers(b.apiKeys());
    AuthHandlers auth = new AuthHandlers(b.users(), b.sessions(), b.directory(), b.audit());
    AuditHandlers audit = new AuditHandlers(b.tx(), b.audit());
    AgentHandlers agents = new AgentHandlers(b.agents());
    ContextGraphHandlers graphs = new ContextGraphHandlers(b.contextGraphs());
    ServiceHandlers services = new ServiceHandlers(b.services());
    MemberHandlers members = new MemberHandlers(b.members());
    InvitationHandlers invitations = new InvitationHandlers(b.users(), b.memberships(), b.invitations(), b.members());
    List<Route> core = List.of(
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

        Route.of("GET", IN + "/audit", WORKSPACE, dev.wsconsole.model.Permission.AUDIT_VIEW, "list-audit-events", 200,
            AuditResponses.EventList.class, audit::list),
        Route.of("GET", IN + "/audit/summary", WORKSPACE, dev.wsconsole.model.Permission.AUDIT_VIEW,
            "get-audit-summary", 200, AuditResponses.Summary.class, audit::summary),
        Route.of("POST", IN + "/audit/export", WORKSPACE, dev.wsconsole.model.Permission.AUDIT_EXPORT,
            "create-audit-export", 200, AuditResponses.Export.class, audit::export),
        Route.extension("GET", IN + "/audit/exports/{export_id}", WORKSPACE, dev.wsconsole.model.Permission.AUDIT_EXPORT,
            "download-audit-export", 200, Untyped.class, audit::download),
        Route.extension("POST", IN + "/audit/verify", WORKSPACE, dev.wsconsole.model.Permission.AUDIT_VIEW,
            "verify-audit-chain", 200, AuditResponses.Verification.class, audit::verify),
        Route.extension("GET", IN + "/members", WORKSPACE, MEMBER_VIEW, "list-members", 200, Page.of(Member.class), members::list),
        Route.extension("PATCH", IN + "/members/{user_id}", WORKSPACE, MEMBER_MANAGE, "update-member", 200,
            Member.class, members::changeRole),
        Route.extension("DELETE", IN + "/members/{user_id}", WORKSPACE, MEMBER_MANAGE, "delete-member", 204,
            Void.class, members::remove),
        Route.extension("POST", IN + "/members/transfer-ownership", WORKSPACE, MEMBER_TRANSFER_OWNERSHIP,
            "transfer-ownership", 200, MemberHandlers.Transferred.class, members::transferOwnership),
        Route.extension("GET", IN + "/invitations", WORKSPACE, MEMBER_INVITE, "list-invitations", 200,
            Page.of(Invitation.class), invitations::list),
        Route.extension("POST", IN + "/invitations", WORKSPACE, MEMBER_INVITE, "create-invitation", 201,
            InvitationResponses.Created.class, invitations::create),
        Route.extension("DELETE", IN + "/invitations/{invitation_id}", WORKSPACE, MEMBER_INVITE,
            "delete-invitation", 204, Void.class, invitations::revoke),
        Route.extension("POST", "/v1/invitations/accept", USER, null, "accept-invitation", 200, InvitationResponses.Accepted.class, invitations::accept),

        Route.extension("GET", IN + "/isolation-check", WORKSPACE, ISOLATION_CHECK, "check-isolation", 200,
            IsolationReport.class, c -> b.database().checkIsolation()),

        Route.of("GET", IN + "/agents", WORKSPACE, SERVICE_VIEW, "list-agents", 200, Page.of(AgentResponses.AgentView.class), agents.heads::list),
        Route.of("POST", IN + "/agents", WORKSPACE, SERVICE_MANAGE, "create-agent", 201, AgentResponses.AgentView.class, agents.heads::create),
        Route.of("GET", IN + "/agents/{agent_id}", WORKSPACE, SERVICE_VIEW, "get-agent", 200, AgentResponses.AgentView.class, agents.heads::get),
        Route.of("PUT", IN + "/agents/{agent_id}", WORKSPACE, SERVICE_MANAGE, "update-agent", 200,
            AgentResponses.AgentView.class, agents.heads::update),
        Route.of("DELETE", IN + "/agents/{agent_id}", WORKSPACE, SERVICE_MANAGE, "delete-agent", 204,
            Void.class, agents.heads::delete),
        Route.of("GET", IN + "/agents/{agent_id}/versions", WORKSPACE, SERVICE_VIEW, "list-agent-versions", 200,
            Page.of(AgentHandlers.VersionView.class), agents::listVersions),
        Route.of("POST", IN + "/agents/{agent_id}/versions", WORKSPACE, SERVICE_MANAGE, "create-agent-version", 201,
            AgentHandlers.VersionView.class, agents::createVersion),
        Route.of("GET", IN + "/context-graphs", WORKSPACE, SERVICE_VIEW, "list-context_graphs", 200,
            Page.of(ContextGraphResponses.GraphView.class), graphs.heads::list),
        Route.of("POST", IN + "/context-graphs", WORKSPACE, SERVICE_MANAGE, "create-context_graph", 201,
            ContextGraphResponses.GraphView.class, graphs.heads::create),
        Route.of("GET", IN + "/context-graphs/{context_graph_id}", WORKSPACE, SERVICE_VIEW, "get-context_graph", 200,
            ContextGraphResponses.GraphView.class, graphs.heads::get),
        Route.of("PUT", IN + "/context-graphs/{context_graph_id}", WORKSPACE, SERVICE_MANAGE, "update-context_graph",
            200, ContextGraphResponses.GraphView.class, graphs.heads::update),
        Route.of("DELETE", IN + "/context-graphs/{context_graph_id}", WORKSPACE, SERVICE_MANAGE,
            "delete-context_graph", 204, Void.class, graphs.heads::delete),
        Route.of("GET", IN + "/context-graphs/{context_graph_id}/versions", WORKSPACE, SERVICE_VIEW,
            "list-context_graph-versions", 200, Page.of(ContextGraphHandlers.VersionView.class), graphs::listVersions),
        Route.of("POST", IN + "/context-graphs/{context_graph_id}/versions", WORKSPACE, SERVICE_MANAGE,
            "create-context_graph-version", 201, ContextGraphHandlers.VersionView.class, graphs::createVersion),
        Route.extension("GET", IN + "/context-graphs/{context_graph_id}/summary", WORKSPACE, SERVICE_VIEW,
            "get-context_graph-summary", 200, dev.wsconsole.server.graph.GraphSummaryRules.Summary.class, graphs::summary),
        Route.of("GET", IN + "/services", WORKSPACE, SERVICE_VIEW, "list-services", 200, Page.of(ServiceResponses.ServiceView.class), services::list),
        Route.of("POST", IN + "/services", WORKSPACE, SERVICE_MANAGE, "create-service", 201, ServiceResponses.ServiceView.class, services::create),
        Route.of("GET", IN + "/services/{service_id}", WORKSPACE, SERVICE_VIEW, "get-service", 200, ServiceResponses.ServiceView.class, services::get),
        Route.of("PUT", IN + "/services/{service_id}", WORKSPACE, SERVICE_MANAGE, "update-service", 200,
            ServiceResponses.ServiceView.class, services::update),
        Route.of("DELETE", IN + "/services/{service_id}", WORKSPACE, SERVICE_MANAGE, "delete-service", 204,
            Void.class, services::delete));
    return Stream.of(core,
        phoneNumberRoutes(b),
        settingsRoutes(b),
        dataSourceAndSafetyRoutes(b),
        dev.wsconsole.server.datasource.DataSourceRunRoutes.routes(b.dataSources(), b.dataSourceSyncs()),
        dev.wsconsole.server.voiceprint.VoiceprintRoutes.routes(b.voice(), b.audit(), b.settings(), b.users()),
        dev.wsconsole.server.promotion.PromotionRoutes.routes(b.tx(), b.authenticator()),
        dev.wsconsole.server.live.LiveRoutes.routes(b.liveHub(), b.liveEvents()),
        dev.wsconsole.server.operations.OperationsRoutes.routes(b.tx(), b.directory(), b.audit()),
        dev.wsconsole.server.review.ReviewRoutes.routes(b.reviewItems(), b.tx()),
        dev.wsconsole.server.world.WorldRoutes.routes(b.tx(), b.world()),
        dev.wsconsole.server.member.MemberMeRoutes.routes()).flatMap(List::stream).toList();
  }

  private static List<Route> phoneNumberRoutes(Backend b) {
    PhoneNumberHandlers numbers = new PhoneNumberHandlers(b.phoneNumbers());
    String one = IN + "/phone-numbers/{phone_number_id}";
    return List.of(
        Route.of("GET", IN + "/phone-numbers", WORKSPACE, PHONE_NUMBER_VIEW, "list-phone-numbers", 200, Page.of(PhoneNumber.class), numbers::list),
        Route.of("POST", IN + "/phone-numbers", WORKSPACE, PHONE_NUMBER_MANAGE, "create-phone-number", 201,
            PhoneNumber.class, numbers::create),
        Route.of("GET", one, WORKSPACE, PHONE_NUMBER_VIEW, "get-phone-number", 200, PhoneNumber.class, numbers::get),
        Route.of("PUT", one, WORKSPACE, PHONE_NUMBER_MANAGE, "update-phone-number", 200, PhoneNumber.class, numbers::update),
        Route.of("DELETE", one, WORKSPACE, PHONE_NUMBER_MANAGE, "delete-phone-number", 204, Void.class, numbers::delete),
        Route.of("PUT", one + "/forwarding", WORKSPACE, PHONE_NUMBER_MANAGE, "set-phone-number-forwarding", 200,
            PhoneNumber.class, numbers::setForwarding),
        Route.of("DELETE", one + "/forwarding", WORKSPACE, PHONE_NUMBER_MANAGE, "clear-phone-number-forwarding", 200,
            PhoneNumber.class, numbers::clearForwarding));
  }

  private static List<Route> settingsRoutes(Backend b) {
    SettingsHandlers settings = new SettingsHandlers(b.settings(), b.directory());
    return List.of(
        Route.of("GET", IN + "/settings/voice", WORKSPACE, SETTINGS_VIEW, "get-voice-settings", 200, VoiceSettings.class, settings::voice),
        Route.of("PUT", IN + "/settings/voice", WORKSPACE, SETTINGS_MANAGE, "update-voice-settings", 200,
            VoiceSettings.class, settings::updateVoice),
        Route.of("GET", IN + "/settings/security", WORKSPACE, SETTINGS_VIEW, "get-security-settings", 200,
            SecuritySettings.class, settings::security),
        Route.of("PUT", IN + "/settings/security", WORKSPACE, SETTINGS_MANAGE, "update-security-settings", 200,
            SecuritySettings.class, settings::updateSecurity),
        Route.of("GET", IN + "/settings/retention", WORKSPACE, SETTINGS_VIEW, "get-retention-policy", 200,
            RetentionPolicy.class, settings::retention),
        Route.of("PUT", IN + "/settings/retention", WORKSPACE, SETTINGS_MANAGE, "update-retention-policy", 200,
            RetentionPolicy.class, settings::updateRetention));
  }

  private static List<Route> dataSourceAndSafetyRoutes(Backend b) {
    var dataSources = new dev.wsconsole.server.datasource.DataSourceHandlers(b.dataSources(), b.importTargets());
    var dataSourceSyncs = new dev.wsconsole.server.datasource.DataSourceSyncHandlers(b.dataSources(), b.dataSourceSyncs(),
        b.fhirSync());
    var safetyConfig = new dev.wsconsole.server.safety.SafetyConfigHandlers(b.safetyConfig());
    var safetyTemplates = new dev.wsconsole.server.safety.SafetyTemplateHandlers(b.safetyTemplates(), b.monitorConcepts());
    var concepts = new dev.wsconsole.server.safety.MonitorConceptHandlers(b.monitorConcepts());
    return List.of(
        // Data sources (issue 4, part 3): secrets sealed at rest; a sync records a run, FHIR sources import (0013).
        Route.of("GET", IN + "/data-sources", WORKSPACE, DATA_SOURCE_VIEW, "list-data-sources", 200, Page.of(DataSourceViews.View.class), dataSources::list),
        Route.of("POST", IN + "/data-sources", WORKSPACE, DATA_SOURCE_MANAGE, "create-data-source", 201,
            DataSourceViews.View.class, dataSources::create),
        Route.of("GET", IN + "/data-sources/{data_source_id}", WORKSPACE, DATA_SOURCE_VIEW, "get-data-source", 200,
            DataSourceViews.View.class, dataSources::get),
        Route.of("PATCH", IN + "/data-sources/{data_source_id}", WORKSPACE, DATA_SOURCE_MANAGE, "update-data-source",
            200, DataSourceViews.View.class, dataSources::update),
        Route.of("DELETE", IN + "/data-sources/{data_source_id}", WORKSPACE, DATA_SOURCE_MANAGE, "delete-data-source",
            204, Void.class, dataSources::delete),
        Route.of("GET", IN + "/data-sources/{data_source_id}/status", WORKSPACE, DATA_SOURCE_VIEW, "data-source-status",
            200, DataSourceViews.Status.class, dataSourceSyncs::status),
        Route.of("POST", IN + "/data-sources/{data_source_id}/sync", WORKSPACE, DATA_SOURCE_MANAGE,
            "trigger-data-source-sync", 202, DataSourceViews.SyncTriggered.class, dataSourceSyncs::sync),
        Route.of("GET", IN + "/data-sources/{data_source_id}/sync-history", WORKSPACE, DATA_SOURCE_VIEW,
            "data-source-sync-history", 200, DataSourceViews.History.class, dataSourceSyncs::history),
        // Safety (issue 4, part 5): configuration, regulation templates (a resource file), monitor concepts.
        Route.of("GET", IN + "/safety/config", WORKSPACE, SAFETY_VIEW, "get-safety-config", 200, SafetyConfig.class, safetyConfig::get),
        Route.of("PUT", IN + "/safety/config", WORKSPACE, SAFETY_MANAGE, "update-safety-config", 200,
            SafetyConfig.class, safetyConfig::update),
        Route.of("GET", IN + "/safety/templates", WORKSPACE, SAFETY_VIEW, "list-safety-templates", 200,
            new com.fasterxml.jackson.core.type.TypeReference<List<SafetyTemplateBodies.Template>>() { }.getType(), safetyTemplates::list),
        Route.of("GET", IN + "/safety/templates/{template_id}", WORKSPACE, SAFETY_VIEW, "get-safety-template", 200,
            SafetyTemplateBodies.Template.class, safetyTemplates::get),
        Route.of("POST", IN + "/safety/templates/{template_id}/apply", WORKSPACE, SAFETY_MANAGE,
            "apply-safety-template", 200, SafetyTemplateBodies.ApplyResponse.class, safetyTemplates::apply),
        Route.of("GET", IN + "/monitor-concepts", WORKSPACE, SAFETY_VIEW, "list-monitor-concepts", 200, Page.of(MonitorConcept.class), concepts::list),
        Route.of("POST", IN + "/monitor-concepts", WORKSPACE, SAFETY_MANAGE, "create-monitor-concept", 201,
            MonitorConcept.class, concepts::create),
        Route.of("GET", IN + "/monitor-concepts/{concept_id}", WORKSPACE, SAFETY_VIEW, "get-monitor-concept", 200,
            MonitorConcept.class, concepts::get),
        Route.of("PATCH", IN + "/monitor-concepts/{concept_id}", WORKSPACE, SAFETY_MANAGE, "update-monitor-concept",
            200, MonitorConcept.class, concepts::update),
        Route.of("DELETE", IN + "/monitor-concepts/{concept_id}", WORKSPACE, SAFETY_MANAGE, "delete-monitor-concept",
            204, Void.class, concepts::delete));
  }
}
