package dev.wsconsole.server.app;

import static dev.wsconsole.model.Permission.*;
import static dev.wsconsole.server.http.Scope.ACCOUNT;
import static dev.wsconsole.server.http.Scope.PUBLIC;
import static dev.wsconsole.server.http.Scope.USER;
import static dev.wsconsole.server.http.Scope.WORKSPACE;

import dev.wsconsole.model.CallForwarding;
import dev.wsconsole.model.Invitation;
import dev.wsconsole.model.Member;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.PhoneNumber;
import dev.wsconsole.model.RetentionPolicy;
import dev.wsconsole.model.SecuritySettings;
import dev.wsconsole.model.VoiceSettings;
import dev.wsconsole.model.wire.AgentDocument;
import dev.wsconsole.model.wire.AgentResponses;
import dev.wsconsole.model.wire.ApiKeyRequests;
import dev.wsconsole.model.wire.ApiKeyResponses;
import dev.wsconsole.model.wire.AuditRequests;
import dev.wsconsole.model.wire.AuditResponses;
import dev.wsconsole.model.wire.AuthRequests;
import dev.wsconsole.model.wire.AuthResponses;
import dev.wsconsole.model.wire.CallRequests;
import dev.wsconsole.model.wire.CallViews;
import dev.wsconsole.model.wire.ComplianceResponses;
import dev.wsconsole.model.wire.ContextGraphResponses;
import dev.wsconsole.model.wire.DataSourceRequests;
import dev.wsconsole.model.wire.DataSourceViews;
import dev.wsconsole.model.wire.InvitationResponses;
import dev.wsconsole.model.wire.IsolationReport;
import dev.wsconsole.model.wire.MemberRequests;
import dev.wsconsole.model.wire.MonitorConcept;
import dev.wsconsole.model.wire.MonitorConceptRequests;
import dev.wsconsole.model.wire.MyMembershipResponses;
import dev.wsconsole.model.wire.OperatorRequests;
import dev.wsconsole.model.wire.OperatorViews;
import dev.wsconsole.model.wire.PhoneNumberRequests;
import dev.wsconsole.model.wire.ReviewRequests;
import dev.wsconsole.model.wire.ReviewViews;
import dev.wsconsole.model.wire.SafetyTemplateBodies;
import dev.wsconsole.model.wire.ServiceRequests;
import dev.wsconsole.model.wire.ServiceResponses;
import dev.wsconsole.model.wire.VoicePolicy;
import dev.wsconsole.model.wire.VoiceSkipRequest;
import dev.wsconsole.model.wire.VoiceprintViews;
import dev.wsconsole.model.wire.WorkspaceRequests;
import dev.wsconsole.model.wire.WorkspaceResponses;
import dev.wsconsole.model.wire.WorkspaceView;
import dev.wsconsole.model.wire.WorldViews;
import dev.wsconsole.server.agent.AgentHandlers;
import dev.wsconsole.server.apikey.ApiKeyHandlers;
import dev.wsconsole.server.audit.AuditExportHandlers;
import dev.wsconsole.server.audit.AuditExportStore;
import dev.wsconsole.server.audit.AuditHandlers;
import dev.wsconsole.server.audit.AuditQueryStore;
import dev.wsconsole.server.audit.EntityAccessLogStore;
import dev.wsconsole.server.audit.PhiAccessHandlers;
import dev.wsconsole.server.audit.PhiAccessStore;
import dev.wsconsole.server.auth.AuthHandlers;
import dev.wsconsole.server.compliance.ComplianceHandlers;
import dev.wsconsole.server.compliance.CredentialReviewStore;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.datasource.DataSourceHandlers;
import dev.wsconsole.server.datasource.DataSourceSyncHandlers;
import dev.wsconsole.server.document.DocumentRequests;
import dev.wsconsole.server.graph.ContextGraphHandlers;
import dev.wsconsole.server.graph.GraphDocument;
import dev.wsconsole.server.http.Health;
import dev.wsconsole.server.http.ListOf;
import dev.wsconsole.server.http.OneOf;
import dev.wsconsole.server.http.OpenApiDocument;
import dev.wsconsole.server.http.Partial;
import dev.wsconsole.server.http.QueryParam;
import dev.wsconsole.server.http.Route;
import dev.wsconsole.server.http.Untyped;
import dev.wsconsole.server.live.EventStreamHandlers;
import dev.wsconsole.server.live.LiveEventViews;
import dev.wsconsole.server.member.InvitationHandlers;
import dev.wsconsole.server.member.MemberHandlers;
import dev.wsconsole.server.member.MyMembershipHandler;
import dev.wsconsole.server.operations.CallHandlers;
import dev.wsconsole.server.operations.CallSimulator;
import dev.wsconsole.server.operations.OperatorActionStore;
import dev.wsconsole.server.operations.OperatorHandlers;
import dev.wsconsole.server.operations.OperatorSessionStore;
import dev.wsconsole.server.operations.OperatorStore;
import dev.wsconsole.server.phone.PhoneNumberHandlers;
import dev.wsconsole.server.promotion.PromotionHandlers;
import dev.wsconsole.server.promotion.PromotionRequests;
import dev.wsconsole.server.promotion.PromotionResponses;
import dev.wsconsole.server.review.ReviewCorrectionStore;
import dev.wsconsole.server.review.ReviewHandlers;
import dev.wsconsole.server.review.ReviewSubjectStore;
import dev.wsconsole.server.safety.MonitorConceptHandlers;
import dev.wsconsole.server.safety.SafetyConfig;
import dev.wsconsole.server.safety.SafetyConfigHandlers;
import dev.wsconsole.server.safety.SafetyTemplateHandlers;
import dev.wsconsole.server.service.ServiceHandlers;
import dev.wsconsole.server.settings.SettingsHandlers;
import dev.wsconsole.server.voiceprint.VoiceVerifyHandlers;
import dev.wsconsole.server.voiceprint.VoiceprintHandlers;
import dev.wsconsole.server.workspace.WorkspaceHandlers;
import dev.wsconsole.server.world.EntityFieldStore;
import dev.wsconsole.server.world.WorldDetailStore;
import dev.wsconsole.server.world.WorldHandlers;
import dev.wsconsole.server.world.WorldReadStore;
import dev.wsconsole.server.world.WorldRequests;
import dev.wsconsole.server.world.WorldSummaryStore;
import dev.wsconsole.server.world.WorldWriteHandlers;
import java.util.List;
import java.util.Map;

/**
 * Every operation of the API and what it needs, in one table. The role-matrix test, the OpenAPI
 * document and the contract comparison are all generated from this table.
 */
final class Routes {
  private static final String WS = "/v1/workspaces/{workspace_id}";
  private static final String IN = "/v1/{workspace_id}";
  private static final String NUMBER = IN + "/phone-numbers/{phone_number_id}";
  private static final String WORLD = IN + "/world";
  private static final String ENTITY = WORLD + "/entities/{entity_id}";
  private static final String OPERATORS = IN + "/operators";
  private static final String OPERATOR = OPERATORS + "/{operator_id}";
  private static final String REVIEW = IN + "/review-queue";
  private static final String REVIEW_ITEM = REVIEW + "/{item_id}";
  /** The platform's generated operation ids of the review item operations end in this and a verb. */
  private static final String REVIEW_SUFFIX = "_v1__workspace_id__review_queue__item_id__";
  private static final String VOICE = IN + "/voiceprints";
  /** The audit log's filters (list, summary and export download take the same). */
  private static final List<QueryParam> AUDIT_FILTER = List.of(QueryParam.string("action"),
      QueryParam.uuid("actor_entity_id"), QueryParam.dateTime("date_from"), QueryParam.dateTime("date_to"),
      QueryParam.bool("phi_only"), QueryParam.string("resource_id"), QueryParam.string("resource_type"),
      QueryParam.string("service"));

  private Routes() {}

  /** Every route, its handler built over the parts of {@code b} it uses. */
  static List<Route> all(Backend b) {
    // Each handler over the parts it uses.
    WorkspaceHandlers workspaces = new WorkspaceHandlers(b.directory());
    PromotionHandlers promotion = new PromotionHandlers(b.tx(), b.authenticator(), b.voice().stepGate);
    AuthHandlers auth = new AuthHandlers(b.signIns(), b.sessions(), b.directory(), b.audit());
    ApiKeyHandlers keys = new ApiKeyHandlers(b.apiKeys());
    AuditQueryStore auditLog = new AuditQueryStore(b.tx());
    PhiAccessStore phiLog = new PhiAccessStore(b.tx());
    AuditExportStore auditExports = new AuditExportStore(b.tx());
    AuditHandlers audit = new AuditHandlers(auditLog, phiLog);
    AuditExportHandlers exports = new AuditExportHandlers(auditLog, phiLog, auditExports);
    PhiAccessHandlers phiReports = new PhiAccessHandlers(phiLog, new EntityAccessLogStore(b.tx()));
    PhiReads phi = new PhiReads(phiLog);
    ComplianceHandlers compliance = new ComplianceHandlers(auditLog, phiLog, auditExports,
        new CredentialReviewStore(b.tx()), b.settings(), b.directory(), b.dataSources().sealsSecrets());
    MemberHandlers members = new MemberHandlers(b.members());
    InvitationHandlers invitations = new InvitationHandlers(b.users(), b.memberships(), b.invitations(), b.members());
    MyMembershipHandler me = new MyMembershipHandler();
    AgentHandlers agents = new AgentHandlers(b.agents());
    ContextGraphHandlers graphs = new ContextGraphHandlers(b.contextGraphs());
    ServiceHandlers services = new ServiceHandlers(b.services());
    PhoneNumberHandlers numbers = new PhoneNumberHandlers(b.phoneNumbers());
    SettingsHandlers settings = new SettingsHandlers(b.settings(), b.directory());
    DataSourceHandlers dataSources = new DataSourceHandlers(b.dataSources(), b.importTargets());
    DataSourceSyncHandlers dataSourceSyncs = new DataSourceSyncHandlers(b.dataSources(), b.dataSourceSyncs(),
        b.fhirSync());
    SafetyConfigHandlers safetyConfig = new SafetyConfigHandlers(b.safetyConfig());
    SafetyTemplateHandlers safetyTemplates = new SafetyTemplateHandlers(b.safetyTemplates(), b.monitorConcepts());
    MonitorConceptHandlers concepts = new MonitorConceptHandlers(b.monitorConcepts());
    WorldReadStore worldReads = new WorldReadStore(b.tx());
    WorldHandlers read = new WorldHandlers(b.world(), worldReads, new WorldDetailStore(b.tx()),
        new WorldSummaryStore(b.tx()));
    WorldWriteHandlers write = new WorldWriteHandlers(b.world(), worldReads);
    EntityFieldStore entityFields = new EntityFieldStore(b.tx());
    CallHandlers calls = new CallHandlers(b.audit(), b.calls(), new CallSimulator(b.directory(), b.calls()));
    OperatorHandlers operators = new OperatorHandlers(new OperatorStore(b.tx()), new OperatorSessionStore(b.tx()),
        new OperatorActionStore(b.tx()), b.calls());
    ReviewHandlers review = new ReviewHandlers(b.reviewItems(), new ReviewSubjectStore(b.tx()),
        new ReviewCorrectionStore(b.reviewItems(), b.world()));
    VoiceprintHandlers voiceprints = new VoiceprintHandlers(b.audit(), b.settings(), b.users(), b.voice());
    VoiceVerifyHandlers voiceVerify = new VoiceVerifyHandlers(b.audit(), b.voice(), voiceprints);
    EventStreamHandlers streams = new EventStreamHandlers(b.liveHub(), b.liveEvents());
    return List.of(
        // Health, the document, sign-in
        Route.extension("GET", "/healthz", PUBLIC, null, "health", 200, Health.class, c -> {
          b.database().requireReachable(); // 503 with a clear body while the database is down
          return new Health("ok");
        }),
        Route.extension("GET", "/openapi.json", PUBLIC, null, "openapi", 200, Map.class,
            c -> OpenApiDocument.render(b.routes())),
        Route.extension("POST", "/v1/auth/login", PUBLIC, null, "login", 200, AuthResponses.Login.class, auth::login)
            .body(AuthRequests.Login.class),
        Route.extension("POST", "/v1/auth/logout", ACCOUNT, null, "logout", 204, Void.class, auth::logout),
        Route.of("GET", "/v1/auth/me", USER, null, "get-auth-info", 200, AuthResponses.AuthInfo.class, auth::me),

        // Workspaces and promotion between them
        Route.of("POST", "/v1/me/workspaces", ACCOUNT, null, "create-my-workspace", 201, WorkspaceView.class,
            workspaces::create).body(WorkspaceRequests.Create.class),
        Route.of("GET", "/v1/workspaces", USER, null, "list-workspaces", 200, Page.of(WorkspaceView.class),
            workspaces::list).query(QueryParam.PAGING),
        Route.of("GET", WS, WORKSPACE, WORKSPACE_VIEW, "get-workspace", 200, WorkspaceView.class, workspaces::get),
        Route.of("PATCH", WS, WORKSPACE, WORKSPACE_UPDATE, "update-workspace", 200, WorkspaceView.class,
            workspaces::update).body(WorkspaceRequests.Update.class),
        Route.of("POST", WS + "/provision", WORKSPACE, WORKSPACE_PROVISION, "provision-workspace", 200,
            WorkspaceResponses.Provisioned.class, workspaces::provision),
        Route.of("POST", WS + "/archive", WORKSPACE, WORKSPACE_ARCHIVE, "archive-workspace", 200, WorkspaceView.class,
            workspaces::archive).body(WorkspaceRequests.Archive.class),
        Route.extension("POST", WS + "/restore", WORKSPACE, WORKSPACE_ARCHIVE, "restore-workspace", 200,
            WorkspaceView.class, workspaces::restore),
        Route.of("GET", WS + "/environment-check", WORKSPACE, WORKSPACE_CONVERT, "check-environment-conversion", 200,
            WorkspaceResponses.EnvironmentCheck.class, workspaces::environmentCheck).query(QueryParam.string("target")),
        Route.of("POST", WS + "/convert-environment", WORKSPACE, WORKSPACE_CONVERT, "convert-workspace-environment",
            200, WorkspaceView.class, workspaces::convert).body(WorkspaceRequests.Convert.class),
        Route.of("GET", WS + "/test-caller-numbers", WORKSPACE, SETTINGS_VIEW, "get-test-caller-numbers", 200,
            WorkspaceResponses.TestCallerNumbers.class, workspaces::testCallers),
        Route.of("PUT", WS + "/test-caller-numbers", WORKSPACE, SETTINGS_MANAGE, "update-test-caller-numbers", 200,
            WorkspaceResponses.TestCallerNumbers.class, workspaces::setTestCallers)
                .body(WorkspaceRequests.TestCallers.class),
        Route.extension("POST", WS + "/promotion-preview", WORKSPACE, WORKSPACE_UPDATE, "preview-workspace-promotion",
            200, PromotionResponses.Preview.class, promotion::preview).body(PromotionRequests.Preview.class),
        Route.extension("POST", WS + "/promote", WORKSPACE, WORKSPACE_UPDATE, "promote-workspace", 200,
            PromotionResponses.Promoted.class, promotion::promote).body(PromotionRequests.Promote.class),

        // API keys
        Route.of("GET", IN + "/api-keys", WORKSPACE, API_KEY_VIEW, "list-api-keys", 200,
            Page.of(ApiKeyResponses.View.class), keys::list)
                .query(QueryParam.PAGING)
                .query(QueryParam.bool("mine_only")),
        Route.of("POST", IN + "/api-keys", WORKSPACE, API_KEY_CREATE, "create-api-key", 201,
            ApiKeyResponses.Created.class, keys::create).body(ApiKeyRequests.Create.class),
        Route.of("GET", IN + "/api-keys/permission-catalog", WORKSPACE, API_KEY_VIEW,
            "get-api-key-permission-catalog", 200, ApiKeyResponses.PermissionCatalog.class, keys::catalog),
        Route.of("DELETE", IN + "/api-keys/{key_id}", WORKSPACE, API_KEY_REVOKE, "delete-api-key", 204, Void.class,
            keys::revoke),
        Route.of("POST", IN + "/api-keys/{key_id}/rotate", WORKSPACE, API_KEY_CREATE, "rotate-api-key", 200,
            ApiKeyResponses.Created.class, keys::rotate).body(ApiKeyRequests.Rotate.class),

        // Audit log, members, invitations
        Route.of("GET", IN + "/audit", WORKSPACE, AUDIT_VIEW, "list-audit-events", 200,
            AuditResponses.EventList.class, audit::list)
                .query(AUDIT_FILTER)
                .query(QueryParam.integer("limit"), QueryParam.integer("offset")),
        Route.of("GET", IN + "/audit/summary", WORKSPACE, AUDIT_VIEW,
            "get-audit-summary", 200, AuditResponses.Summary.class, audit::summary).query(AUDIT_FILTER),
        Route.of("POST", IN + "/audit/export", WORKSPACE, AUDIT_EXPORT,
            "create-audit-export", 200, AuditResponses.Export.class, exports::create)
                .body(AuditRequests.Export.class),
        Route.of("GET", IN + "/audit/exports", WORKSPACE, AUDIT_EXPORT, "list-audit-exports", 200,
            AuditResponses.ExportList.class, exports::list).query(QueryParam.integer("limit")),
        Route.extension("GET", IN + "/audit/exports/{export_id}", WORKSPACE,
            AUDIT_EXPORT,
            "download-audit-export", 200, Untyped.class, exports::download),
        Route.of("GET", IN + "/audit/phi-access", WORKSPACE, AUDIT_VIEW, "get-phi-access-report", 200,
            AuditResponses.EventList.class, phiReports::report)
                .query(QueryParam.uuid("entity_id"), QueryParam.dateTime("date_from"), QueryParam.dateTime("date_to"))
                .query(QueryParam.integer("limit"), QueryParam.integer("offset")),
        Route.of("GET", IN + "/audit/entity/{entity_id}/access-log", WORKSPACE, AUDIT_VIEW, "get-entity-access-log",
            200, AuditResponses.EventList.class, phiReports::entityAccessLog)
                .query(QueryParam.dateTime("date_from"), QueryParam.dateTime("date_to"))
                .query(QueryParam.integer("limit"), QueryParam.integer("offset")),
        Route.of("GET", IN + "/compliance/hipaa", WORKSPACE, AUDIT_VIEW, "get-hipaa-report", 200,
            ComplianceResponses.HipaaReport.class, compliance::hipaa).query(QueryParam.integer("report_period_days")),
        Route.of("GET", IN + "/compliance/access-review", WORKSPACE, AUDIT_VIEW, "get-access-review", 200,
            ComplianceResponses.AccessReview.class, compliance::accessReview),
        Route.of("GET", IN + "/compliance/dashboard", WORKSPACE, AUDIT_VIEW, "get-compliance-dashboard", 200,
            ComplianceResponses.Dashboard.class, compliance::dashboard),
        Route.extension("POST", IN + "/audit/verify", WORKSPACE, AUDIT_VIEW,
            "verify-audit-chain", 200, AuditResponses.Verification.class, audit::verify),
        Route.extension("GET", IN + "/members", WORKSPACE, MEMBER_VIEW, "list-members", 200, Page.of(Member.class),
            members::list)
            .query(QueryParam.PAGING),
        Route.extension("PATCH", IN + "/members/{user_id}", WORKSPACE, MEMBER_MANAGE, "update-member", 200,
            Member.class, members::changeRole).body(MemberRequests.ChangeRole.class),
        Route.extension("DELETE", IN + "/members/{user_id}", WORKSPACE, MEMBER_MANAGE, "delete-member", 204,
            Void.class, members::remove),
        Route.extension("POST", IN + "/members/transfer-ownership", WORKSPACE, MEMBER_TRANSFER_OWNERSHIP,
            "transfer-ownership", 200, MemberHandlers.Transferred.class, members::transferOwnership)
                .body(MemberRequests.TransferOwnership.class),
        Route.extension("GET", IN + "/invitations", WORKSPACE, MEMBER_INVITE, "list-invitations", 200,
            Page.of(Invitation.class), invitations::list).query(QueryParam.PAGING),
        Route.extension("POST", IN + "/invitations", WORKSPACE, MEMBER_INVITE, "create-invitation", 201,
            InvitationResponses.Created.class, invitations::create).body(MemberRequests.Invite.class),
        Route.extension("DELETE", IN + "/invitations/{invitation_id}", WORKSPACE, MEMBER_INVITE,
            "delete-invitation", 204, Void.class, invitations::revoke),
        Route.extension("POST", "/v1/invitations/accept", ACCOUNT, null, "accept-invitation", 200,
            InvitationResponses.Accepted.class, invitations::accept)
            .body(MemberRequests.Accept.class),
        Route.extension("GET", IN + "/members/me", WORKSPACE, WORKSPACE_VIEW,
                "get-my-membership", 200, MyMembershipResponses.MyMembership.class, me::get),

        // Isolation
        Route.extension("GET", IN + "/isolation-check", WORKSPACE, ISOLATION_CHECK, "check-isolation", 200,
            IsolationReport.class, c -> b.database().checkIsolation()),

        // Agents, context graphs, services
        Route.of("GET", IN + "/agents", WORKSPACE, SERVICE_VIEW, "list-agents", 200,
            Page.of(AgentResponses.AgentView.class), agents.heads::list)
            .query(QueryParam.LIST),
        Route.of("POST", IN + "/agents", WORKSPACE, SERVICE_MANAGE, "create-agent", 201,
            AgentResponses.AgentView.class, agents.heads::create)
            .body(DocumentRequests.Create.class),
        Route.of("GET", IN + "/agents/{agent_id}", WORKSPACE, SERVICE_VIEW, "get-agent", 200,
            AgentResponses.AgentView.class, agents.heads::get),
        Route.of("PUT", IN + "/agents/{agent_id}", WORKSPACE, SERVICE_MANAGE, "update-agent", 200,
            AgentResponses.AgentView.class, agents.heads::update).body(DocumentRequests.Update.class),
        Route.of("DELETE", IN + "/agents/{agent_id}", WORKSPACE, SERVICE_MANAGE, "delete-agent", 204,
            Void.class, agents.heads::delete),
        Route.of("GET", IN + "/agents/{agent_id}/versions", WORKSPACE, SERVICE_VIEW, "list-agent-versions", 200,
            Page.of(AgentHandlers.VersionView.class), agents::listVersions).query(QueryParam.LIST),
        Route.of("POST", IN + "/agents/{agent_id}/versions", WORKSPACE, SERVICE_MANAGE, "create-agent-version", 201,
            AgentHandlers.VersionView.class, agents::createVersion).body(AgentDocument.class),
        Route.of("GET", IN + "/context-graphs", WORKSPACE, SERVICE_VIEW, "list-context_graphs", 200,
            Page.of(ContextGraphResponses.GraphView.class), graphs.heads::list).query(QueryParam.LIST),
        Route.of("POST", IN + "/context-graphs", WORKSPACE, SERVICE_MANAGE, "create-context_graph", 201,
            ContextGraphResponses.GraphView.class, graphs.heads::create).body(DocumentRequests.Create.class),
        Route.of("GET", IN + "/context-graphs/{context_graph_id}", WORKSPACE, SERVICE_VIEW, "get-context_graph", 200,
            ContextGraphResponses.GraphView.class, graphs.heads::get),
        Route.of("PUT", IN + "/context-graphs/{context_graph_id}", WORKSPACE, SERVICE_MANAGE, "update-context_graph",
            200, ContextGraphResponses.GraphView.class, graphs.heads::update).body(DocumentRequests.Update.class),
        Route.of("DELETE", IN + "/context-graphs/{context_graph_id}", WORKSPACE, SERVICE_MANAGE,
            "delete-context_graph", 204, Void.class, graphs.heads::delete),
        Route.of("GET", IN + "/context-graphs/{context_graph_id}/versions", WORKSPACE, SERVICE_VIEW,
            "list-context_graph-versions", 200, Page.of(ContextGraphHandlers.VersionView.class), graphs::listVersions)
                .query(QueryParam.LIST),
        Route.of("POST", IN + "/context-graphs/{context_graph_id}/versions", WORKSPACE, SERVICE_MANAGE,
            "create-context_graph-version", 201, ContextGraphHandlers.VersionView.class, graphs::createVersion)
                .body(GraphDocument.class),
        Route.extension("GET", IN + "/context-graphs/{context_graph_id}/summary", WORKSPACE, SERVICE_VIEW,
            "get-context_graph-summary", 200, dev.wsconsole.server.graph.GraphSummaryRules.Summary.class,
                graphs::summary)
                .query(QueryParam.integer("version")),
        Route.of("GET", IN + "/services", WORKSPACE, SERVICE_VIEW, "list-services", 200,
            Page.of(ServiceResponses.ServiceView.class), services::list)
            .query(QueryParam.LIST)
            .query(QueryParam.string("is_active")),
        Route.of("POST", IN + "/services", WORKSPACE, SERVICE_MANAGE, "create-service", 201,
            ServiceResponses.ServiceView.class, services::create)
            .body(ServiceRequests.Fields.class),
        Route.of("GET", IN + "/services/{service_id}", WORKSPACE, SERVICE_VIEW, "get-service", 200,
            ServiceResponses.ServiceView.class, services::get),
        Route.of("PUT", IN + "/services/{service_id}", WORKSPACE, SERVICE_MANAGE, "update-service", 200,
            ServiceResponses.ServiceView.class, services::update).body(ServiceRequests.Fields.class),
        Route.of("DELETE", IN + "/services/{service_id}", WORKSPACE, SERVICE_MANAGE, "delete-service", 204,
            Void.class, services::delete),

        // Phone numbers
        Route.of("GET", IN + "/phone-numbers", WORKSPACE, PHONE_NUMBER_VIEW, "list-phone-numbers", 200,
            Page.of(PhoneNumber.class), numbers::list)
            .query(QueryParam.PAGING)
            .query(QueryParam.string("status")),
        Route.of("POST", IN + "/phone-numbers", WORKSPACE, PHONE_NUMBER_MANAGE, "create-phone-number", 201,
            PhoneNumber.class, numbers::create).body(PhoneNumberRequests.Create.class),
        Route.of("GET", NUMBER, WORKSPACE, PHONE_NUMBER_VIEW, "get-phone-number", 200, PhoneNumber.class, numbers::get),
        Route.of("PUT", NUMBER, WORKSPACE, PHONE_NUMBER_MANAGE, "update-phone-number", 200, PhoneNumber.class,
            numbers::update)
            .body(PhoneNumberRequests.Update.class),
        Route.of("DELETE", NUMBER, WORKSPACE, PHONE_NUMBER_MANAGE, "delete-phone-number", 204, Void.class,
            numbers::delete),
        Route.of("PUT", NUMBER + "/forwarding", WORKSPACE, PHONE_NUMBER_MANAGE, "set-phone-number-forwarding", 200,
            PhoneNumber.class, numbers::setForwarding).body(CallForwarding.class),
        Route.of("DELETE", NUMBER + "/forwarding", WORKSPACE, PHONE_NUMBER_MANAGE, "clear-phone-number-forwarding", 200,
            PhoneNumber.class, numbers::clearForwarding),

        // Settings
        Route.of("GET", IN + "/settings/voice", WORKSPACE, SETTINGS_VIEW, "get-voice-settings", 200,
            VoiceSettings.class, settings::voice),
        Route.of("PUT", IN + "/settings/voice", WORKSPACE, SETTINGS_MANAGE, "update-voice-settings", 200,
            VoiceSettings.class, settings::updateVoice).body(Partial.of(VoiceSettings.class)),
        Route.of("GET", IN + "/settings/security", WORKSPACE, SETTINGS_VIEW, "get-security-settings", 200,
            SecuritySettings.class, settings::security),
        Route.of("PUT", IN + "/settings/security", WORKSPACE, SETTINGS_MANAGE, "update-security-settings", 200,
            SecuritySettings.class, settings::updateSecurity).body(Partial.of(SecuritySettings.class)),
        Route.of("GET", IN + "/settings/retention", WORKSPACE, SETTINGS_VIEW, "get-retention-policy", 200,
            RetentionPolicy.class, settings::retention),
        Route.of("PUT", IN + "/settings/retention", WORKSPACE, SETTINGS_MANAGE, "update-retention-policy", 200,
            RetentionPolicy.class, settings::updateRetention).body(Partial.of(RetentionPolicy.class)),

        // Data sources
        Route.of("GET", IN + "/data-sources", WORKSPACE, DATA_SOURCE_VIEW, "list-data-sources", 200,
            Page.of(DataSourceViews.View.class), dataSources::list)
            .query(QueryParam.PAGING)
            .query(QueryParam.string("search"), QueryParam.string("is_active"), QueryParam.repeated("source_type")),
        Route.of("POST", IN + "/data-sources", WORKSPACE, DATA_SOURCE_MANAGE, "create-data-source", 201,
            DataSourceViews.View.class, dataSources::create).body(DataSourceRequests.Create.class),
        Route.of("GET", IN + "/data-sources/{data_source_id}", WORKSPACE, DATA_SOURCE_VIEW, "get-data-source", 200,
            DataSourceViews.View.class, dataSources::get),
        Route.of("PATCH", IN + "/data-sources/{data_source_id}", WORKSPACE, DATA_SOURCE_MANAGE, "update-data-source",
            200, DataSourceViews.View.class, dataSources::update).body(DataSourceRequests.Update.class),
        Route.of("DELETE", IN + "/data-sources/{data_source_id}", WORKSPACE, DATA_SOURCE_MANAGE, "delete-data-source",
            204, Void.class, dataSources::delete),
        Route.of("GET", IN + "/data-sources/{data_source_id}/status", WORKSPACE, DATA_SOURCE_VIEW, "data-source-status",
            200, DataSourceViews.Status.class, dataSourceSyncs::status),
        Route.of("POST", IN + "/data-sources/{data_source_id}/sync", WORKSPACE, DATA_SOURCE_MANAGE,
            "trigger-data-source-sync", 202, DataSourceViews.SyncTriggered.class, dataSourceSyncs::sync),
        Route.of("GET", IN + "/data-sources/{data_source_id}/sync-history", WORKSPACE, DATA_SOURCE_VIEW,
            "data-source-sync-history", 200, DataSourceViews.History.class, dataSourceSyncs::history)
                .query(QueryParam.integer("days")),
        Route.extension("GET", IN + "/data-sources/{data_source_id}/sync-runs", WORKSPACE,
                DATA_SOURCE_VIEW, "list-data-source-sync-runs", 200, Page.of(DataSourceViews.Run.class),
                dataSourceSyncs::runs).query(QueryParam.PAGING),

        // Safety
        Route.of("GET", IN + "/safety/config", WORKSPACE, SAFETY_VIEW, "get-safety-config", 200, SafetyConfig.class,
            safetyConfig::get),
        Route.of("PUT", IN + "/safety/config", WORKSPACE, SAFETY_MANAGE, "update-safety-config", 200,
            SafetyConfig.class, safetyConfig::update).body(SafetyConfig.Update.class),
        Route.of("GET", IN + "/safety/templates", WORKSPACE, SAFETY_VIEW, "list-safety-templates", 200,
            new com.fasterxml.jackson.core.type.TypeReference<List<SafetyTemplateBodies.Template>>() { }.getType(),
                safetyTemplates::list),
        Route.of("GET", IN + "/safety/templates/{template_id}", WORKSPACE, SAFETY_VIEW, "get-safety-template", 200,
            SafetyTemplateBodies.Template.class, safetyTemplates::get),
        Route.of("POST", IN + "/safety/templates/{template_id}/apply", WORKSPACE, SAFETY_MANAGE,
            "apply-safety-template", 200, SafetyTemplateBodies.ApplyResponse.class, safetyTemplates::apply)
                .body(SafetyTemplateBodies.ApplyRequest.class),
        Route.of("GET", IN + "/monitor-concepts", WORKSPACE, SAFETY_VIEW, "list-monitor-concepts", 200,
            Page.of(MonitorConcept.class), concepts::list)
            .query(QueryParam.PAGING),
        Route.of("POST", IN + "/monitor-concepts", WORKSPACE, SAFETY_MANAGE, "create-monitor-concept", 201,
            MonitorConcept.class, concepts::create).body(MonitorConceptRequests.Fields.class),
        Route.of("GET", IN + "/monitor-concepts/{concept_id}", WORKSPACE, SAFETY_VIEW, "get-monitor-concept", 200,
            MonitorConcept.class, concepts::get),
        Route.of("PATCH", IN + "/monitor-concepts/{concept_id}", WORKSPACE, SAFETY_MANAGE, "update-monitor-concept",
            200, MonitorConcept.class, concepts::update).body(MonitorConceptRequests.Fields.class),
        Route.of("DELETE", IN + "/monitor-concepts/{concept_id}", WORKSPACE, SAFETY_MANAGE, "delete-monitor-concept",
            204, Void.class, concepts::delete),

        // World model
        Route.of("GET", WORLD + "/entities", WORKSPACE, WORLD_VIEW, "list-entities", 200, WorldViews.EntityList.class,
            phi.entities("entity.list", read::list))
                .query(QueryParam.OFFSET_PAGING)
                .query(QueryParam.string("entity_type"), QueryParam.string("order"), QueryParam.string("q"),
                    QueryParam.string("source")),
        Route.of("GET", ENTITY, WORKSPACE, WORLD_VIEW, "get-entity", 200, WorldViews.Entity.class,
            phi.entity("entity.read", read::get))
            .query(QueryParam.dateTime("as_of")),
        Route.of("GET", ENTITY + "/timeline", WORKSPACE, WORLD_VIEW, "get-entity-timeline", 200,
            WorldViews.Timeline.class, phi.entityDetail("entity.timeline.read", read::timeline))
                .query(QueryParam.OFFSET_PAGING)
                .query(QueryParam.string("domain")),
        Route.of("GET", ENTITY + "/relationships", WORKSPACE, WORLD_VIEW, "get-entity-relationships", 200,
            WorldViews.Relationships.class, read::relationships).query(QueryParam.string("relationship")),
        Route.of("GET", WORLD + "/entity-types", WORKSPACE, WORLD_VIEW, "list-entity-types", 200,
            WorldViews.EntityTypes.class, read::entityTypes),
        Route.of("GET", WORLD + "/event-types", WORKSPACE, WORLD_VIEW, "list-event-types", 200,
            WorldViews.EventTypes.class, read::eventTypes),
        Route.of("GET", WORLD + "/search", WORKSPACE, WORLD_VIEW, "search-world-entities", 200,
            WorldViews.SearchResults.class, phi.entities("entity.search", read::search))
                .query(QueryParam.OFFSET_PAGING)
                .query(QueryParam.string("confidence_min"), QueryParam.string("entity_type"), QueryParam.string("q"),
                    QueryParam.string("source")),
        Route.of("GET", WORLD + "/dashboard", WORKSPACE, WORLD_VIEW, "world-dashboard", 200, WorldViews.Dashboard.class,
            read::dashboard),
        Route.extension("GET", ENTITY + "/fields", WORKSPACE, WORLD_VIEW, "get-entity-fields", 200,
            WorldViews.Fields.class, phi.entityDetail("entity.fields.read",
                call -> entityFields.fields(call.workspaceId(), call.pathUuid("entity_id"))
                    .orElseThrow(() -> DomainException.notFound("Entity")))),
        Route.extension("POST", WORLD + "/events", WORKSPACE, WORLD_WRITE, "append-world-events", 201,
            WorldViews.EventsWritten.class, write::appendEvents)
                .body(OneOf.of(WorldRequests.EventFields.class, WorldRequests.Batch.class)),
        Route.extension("POST", WORLD + "/entities", WORKSPACE, WORLD_WRITE, "ensure-world-entity", 200,
            WorldViews.Entity.class, write::ensureEntity).body(WorldRequests.EntityFields.class),
        Route.extension("POST", WORLD + "/recompute", WORKSPACE, WORLD_WRITE, "recompute-world-projections", 200,
            WorldViews.Recomputed.class, write::recompute).optionalBody(WorldRequests.RecomputeFields.class),

        // Calls, operators, review queue
        Route.of("GET", IN + "/calls", WORKSPACE, CALL_VIEW, "list-calls", 200,
            CallViews.CallListResponse.class, calls::list)
                .query(QueryParam.OFFSET_PAGING)
                .query(QueryParam.date("date_from"), QueryParam.date("date_to"),
            QueryParam.integer("min_duration"), QueryParam.integer("max_duration"), QueryParam.string("direction"),
                QueryParam.bool("include_simulated"), QueryParam.uuid("service_id"), QueryParam.string("status")),
        Route.extension("POST", IN + "/calls/simulate", WORKSPACE, WORLD_WRITE, "simulate-calls", 201,
            CallViews.SimulationResult.class, calls::simulate).body(CallRequests.Simulate.class),
        Route.of("GET", IN + "/calls/{call_id}", WORKSPACE, CALL_VIEW, "get-call-detail", 200,
            CallViews.CallDetailResponse.class, phi.transcript(calls::get)),
        Route.of("GET", IN + "/sessions/active", WORKSPACE, CALL_VIEW,
            "list_active_sessions_v1__workspace_id__sessions_active_get", 200,
            new ListOf(CallViews.ActiveSession.class), calls::active),
        Route.of("GET", OPERATORS + "/queue", WORKSPACE, OPERATOR_VIEW, "get-operator-queue", 200,
            OperatorViews.Queue.class, operators::queue),
        Route.of("GET", OPERATORS + "/audit-log", WORKSPACE, OPERATOR_VIEW, "list-audit-log", 200,
            Page.of(OperatorViews.AuditEvent.class), operators::auditLog)
                .query(QueryParam.PAGING)
                .query(QueryParam.string("action"), QueryParam.uuid("operator_id")),
        Route.of("GET", OPERATORS, WORKSPACE, OPERATOR_VIEW, "list-operators", 200,
            Page.of(OperatorViews.Operator.class), operators::list).query(QueryParam.PAGING),
        Route.of("POST", OPERATORS, WORKSPACE, MEMBER_MANAGE, "create-operator", 201, OperatorViews.Operator.class,
            operators::create).body(OperatorRequests.Create.class),
        Route.of("GET", OPERATOR, WORKSPACE, OPERATOR_VIEW, "get-operator", 200, OperatorViews.Operator.class,
            operators::get),
        Route.of("PATCH", OPERATOR, WORKSPACE, MEMBER_MANAGE, "update-operator", 200, OperatorViews.Operator.class,
            operators::update).body(OperatorRequests.Update.class),
        Route.of("POST", OPERATOR + "/join-call", WORKSPACE, OPERATOR_ACT, "operator-join-call", 200,
            OperatorViews.Joined.class, operators::join).body(OperatorRequests.Join.class),
        Route.of("POST", OPERATOR + "/leave-call", WORKSPACE, OPERATOR_ACT, "operator-leave-call", 200,
            OperatorViews.Success.class, operators::leave).body(OperatorRequests.Leave.class),
        Route.of("POST", OPERATOR + "/switch-mode", WORKSPACE, OPERATOR_ACT, "operator-switch-mode", 200,
            OperatorViews.Switched.class, operators::switchMode).body(OperatorRequests.SwitchMode.class),
        Route.of("POST", OPERATOR + "/send-guidance", WORKSPACE, OPERATOR_ACT, "operator-send-guidance", 200,
            OperatorViews.GuidanceSent.class, operators::guide).body(OperatorRequests.Guidance.class),
        Route.of("POST", OPERATOR + "/wrap-up", WORKSPACE, OPERATOR_ACT, "operator-wrap-up", 200,
            OperatorViews.Success.class, operators::wrapUp).body(OperatorRequests.WrapUp.class),
        Route.of("GET", REVIEW, WORKSPACE, REVIEW_VIEW, "list_review_items_v1__workspace_id__review_queue_get", 200,
            Page.of(ReviewViews.ReviewItemResponse.class), phi.reviewItems("review_item.list", review::list))
                .query(QueryParam.PAGING)
                .query(QueryParam.string("assigned_to"), QueryParam.dateTime("created_after"),
                    QueryParam.dateTime("created_before"), QueryParam.string("entity_type"),
                    QueryParam.integer("priority"), QueryParam.string("reason"), QueryParam.string("sort_by"),
                    QueryParam.string("sort_order"), QueryParam.string("status")),
        Route.of("GET", REVIEW_ITEM, WORKSPACE, REVIEW_VIEW, "get_review_item" + REVIEW_SUFFIX + "get", 200,
            ReviewViews.ReviewItemResponse.class, phi.reviewItems("review_item.read", review::get)),
        Route.of("POST", REVIEW_ITEM + "/claim", WORKSPACE, REVIEW_ACT,
            "claim_review_item" + REVIEW_SUFFIX + "claim_post", 200,
            ReviewViews.ClaimResponse.class, review::claim),
        Route.of("POST", REVIEW_ITEM + "/unclaim", WORKSPACE, REVIEW_ACT,
            "unclaim_review_item" + REVIEW_SUFFIX + "unclaim_post",
            200, ReviewViews.ClaimResponse.class, review::unclaim),
        Route.of("POST", REVIEW_ITEM + "/approve", WORKSPACE, REVIEW_ACT,
            "approve_review_item" + REVIEW_SUFFIX + "approve_post",
            200, ReviewViews.ReviewItemResponse.class, review::approve).optionalBody(ReviewRequests.Approve.class),
        Route.of("POST", REVIEW_ITEM + "/reject", WORKSPACE, REVIEW_ACT,
            "reject_review_item" + REVIEW_SUFFIX + "reject_post",
            200, ReviewViews.ReviewItemResponse.class, review::reject).body(ReviewRequests.Reject.class),
        Route.of("POST", REVIEW_ITEM + "/correct", WORKSPACE, REVIEW_ACT,
            "correct_review_item" + REVIEW_SUFFIX + "correct_post",
            200, ReviewViews.ReviewItemResponse.class, review::correct).body(ReviewRequests.Correct.class),

        // Voice sign-in and live events
        Route.extension("GET", VOICE + "/policy", WORKSPACE, VOICEPRINT_ENROLL, "get-voiceprint-policy", 200,
            VoicePolicy.class, voiceprints::policy),
        Route.of("POST", VOICE + "/enroll", WORKSPACE, VOICEPRINT_ENROLL, "enroll-voiceprint", 201,
            VoiceprintViews.Enrolled.class, voiceprints::enroll).upload("multipart/form-data"),
        Route.extension("POST", VOICE + "/challenge", WORKSPACE, VOICEPRINT_ENROLL, "create-voiceprint-challenge", 201,
            VoiceprintViews.Challenge.class, voiceVerify::challenge),
        Route.of("POST", VOICE + "/verify", WORKSPACE, VOICEPRINT_ENROLL, "verify-voiceprint", 200,
            VoiceprintViews.Verified.class, voiceVerify::verify).upload("multipart/form-data"),
        Route.extension("POST", VOICE + "/skip", WORKSPACE, VOICEPRINT_ENROLL, "report-voiceprint-skip", 200,
            VoiceprintViews.Skipped.class, voiceVerify::skip).body(VoiceSkipRequest.class),
        Route.of("GET", VOICE + "/{entity_id}", WORKSPACE, VOICEPRINT_ENROLL, "get-voiceprint-status", 200,
            VoiceprintViews.Status.class, voiceprints::status),
        Route.extension("DELETE", VOICE + "/{entity_id}", WORKSPACE, VOICEPRINT_ENROLL, "delete-voiceprint", 204,
            Void.class, voiceprints::delete),
        Route.of("GET", "/v1/{workspace_id}/events/stream", WORKSPACE, WORKSPACE_VIEW,
                "get-event-stream", 200, LiveEventViews.Backlog.class, streams::stream)
                    .query(QueryParam.string("last_event_id")));
  }
}
