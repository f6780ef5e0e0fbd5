package dev.wsconsole.server.app;

import dev.wsconsole.server.apikey.ApiKeyStore;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.server.auth.Authenticator;
import dev.wsconsole.server.auth.CredentialCache;
import dev.wsconsole.server.auth.CredentialChannel;
import dev.wsconsole.server.auth.RevocationBarrier;
import dev.wsconsole.server.auth.SessionActivityStore;
import dev.wsconsole.server.auth.SessionStore;
import dev.wsconsole.server.auth.SignInStore;
import dev.wsconsole.server.auth.UserStore;
import dev.wsconsole.server.datasource.DataSourceStore;
import dev.wsconsole.server.datasource.DataSourceSyncStore;
import dev.wsconsole.server.datasource.FhirSyncRunner;
import dev.wsconsole.server.db.ChannelListener;
import dev.wsconsole.server.db.Database;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.document.DocumentKind;
import dev.wsconsole.server.document.DocumentStore;
import dev.wsconsole.server.fhir.FhirImportStore;
import dev.wsconsole.server.fhir.ImportTargets;
import dev.wsconsole.server.http.ApiServer;
import dev.wsconsole.server.http.Route;
import dev.wsconsole.server.live.LiveEventHub;
import dev.wsconsole.server.live.LiveEventStore;
import dev.wsconsole.server.live.LivePruner;
import dev.wsconsole.server.member.InvitationStore;
import dev.wsconsole.server.member.MemberStore;
import dev.wsconsole.server.operations.CallStore;
import dev.wsconsole.server.phone.PhoneNumberStore;
import dev.wsconsole.server.review.ReviewItemStore;
import dev.wsconsole.server.safety.MonitorConceptStore;
import dev.wsconsole.server.safety.SafetyConfigStore;
import dev.wsconsole.server.safety.SafetyTemplates;
import dev.wsconsole.server.service.ServiceStore;
import dev.wsconsole.server.settings.SettingsStore;
import dev.wsconsole.server.voiceprint.VoiceSignIn;
import dev.wsconsole.server.workspace.DirectoryStore;
import dev.wsconsole.server.workspace.MembershipStore;
import dev.wsconsole.server.world.WorldAnnouncer;
import dev.wsconsole.server.world.WorldStore;
import java.util.List;

/**
 * The composition root: builds every store and background part once over an opened database, with plain
 * constructors and the {@link BackendSettings} read at the edge; {@link Routes} hands each handler only
 * the parts it uses. Commands, the embedded console and tests reach parts through the accessors.
 */
public final class Backend {
  private final Database database;
  private final TenantTx tx;
  private final CredentialCache credentials = new CredentialCache();
  private final DirectoryStore directory;
  private final MembershipStore memberships;
  private final UserStore users;
  private final SessionStore sessions;
  private final SignInStore signIns;
  private final SessionActivityStore sessionActivity;
  private final ApiKeyStore apiKeys;
  private final AuditStore audit;
  private final MemberStore members;
  private final InvitationStore invitations;
  private final Authenticator authenticator;
  private final DocumentStore agents;
  private final DocumentStore contextGraphs;
  private final ServiceStore services;
  private final PhoneNumberStore phoneNumbers;
  private final SettingsStore settings;
  private final DataSourceStore dataSources;
  private final DataSourceSyncStore dataSourceSyncs;
  private final SafetyConfigStore safetyConfig;
  private final MonitorConceptStore monitorConcepts;
  private final SafetyTemplates safetyTemplates = SafetyTemplates.load();
  private final ImportTargets importTargets;
  private final FhirSyncRunner fhirSync;
  private final VoiceSignIn voice;
  private final LiveEventStore liveEvents;
  private final LiveEventHub liveHub = new LiveEventHub();
  private final CallStore calls;
  private final ReviewItemStore reviewItems;
  private final WorldStore world;
  private final WorldAnnouncer worldAnnouncer;
  private volatile List<Route> routes;

  public Backend(Database database, BackendSettings settings) {
    this.database = database;
    // A transaction this node commits that changed a key, membership or workspace row (the V16/V20
    // triggers flag it) evicts those workspaces' keys, then waits until every other node has evicted them
    // too (or provably trusts memory no more) before it returns (decisions 0019, 0021, 0032).
    RevocationBarrier barrier = new RevocationBarrier(payload -> database.announce(CredentialCache.CHANNEL, payload));
    this.tx = new TenantTx(database.jdbi(), changed -> {
      changed.forEach(credentials::evict);
      barrier.awaitEveryNode();
    });
    this.directory = new DirectoryStore(database.jdbi(), tx);
    this.memberships = new MembershipStore(tx);
    this.users = new UserStore(database.jdbi());
    this.sessions = new SessionStore(database.jdbi());
    this.signIns = new SignInStore(database.jdbi());
    this.sessionActivity = new SessionActivityStore(tx);
    this.apiKeys = new ApiKeyStore(tx);
    this.audit = new AuditStore(tx);
    this.members = new MemberStore(tx);
    this.invitations = new InvitationStore(tx);
    database.closeWith(new ChannelListener(() -> database.openDedicatedConnection("wsc-credential-listener"),
        CredentialCache.CHANNEL, new CredentialChannel(credentials, barrier)));
    this.authenticator = new Authenticator(credentials, apiKeys, sessions, users, directory, memberships,
        sessionActivity);
    this.agents = new DocumentStore(tx, DocumentKind.AGENT);
    this.contextGraphs = new DocumentStore(tx, DocumentKind.CONTEXT_GRAPH);
    this.services = new ServiceStore(tx);
    this.phoneNumbers = new PhoneNumberStore(tx);
    this.settings = new SettingsStore(tx);
    this.dataSources = new DataSourceStore(tx, settings.dataSourceCipher());
    this.dataSourceSyncs = new DataSourceSyncStore(tx);
    this.safetyConfig = new SafetyConfigStore(tx);
    this.monitorConcepts = new MonitorConceptStore(tx);
    this.importTargets = new ImportTargets(settings.importConfinement());
    this.fhirSync = new FhirSyncRunner(dataSources, dataSourceSyncs, new FhirImportStore(tx), importTargets);
    database.closeWith(fhirSync);
    this.liveEvents = new LiveEventStore(tx);
    liveHub.limits(settings.streamLimits());
    database.closeWith(new ChannelListener(() -> database.openDedicatedConnection("wsc-live-listener"),
        LiveEventHub.CHANNEL, liveHub));
    database.closeWith(new LivePruner(liveHub, liveEvents));
    this.calls = new CallStore(tx);
    this.reviewItems = new ReviewItemStore(tx);
    this.worldAnnouncer = new WorldAnnouncer(tx);
    database.closeWith(worldAnnouncer);
    this.world = new WorldStore(tx, worldAnnouncer);
    this.voice = new VoiceSignIn(tx, settings.voiceSwitch(), world);
  }

  /** Every operation of the API, each handler built over the parts it needs (built once). */
  public List<Route> routes() {
    List<Route> built = routes;
    if (built == null) {
      built = Routes.all(this);
      routes = built;
    }
    return built;
  }

  /** Starts the HTTP API on {@code host}:{@code port} (0 picks a free port). */
  public ApiServer serve(String host, int port) {
    return ApiServer.start(routes(), new AccessGate(authenticator, audit, voice.stepGate), host, port);
  }

  public Database database() {
    return database;
  }

  public TenantTx tx() {
    return tx;
  }

  /** API keys this node has authenticated, evicted on any change to their rights (decisions 0019, 0021). */
  public CredentialCache credentials() {
    return credentials;
  }

  public DirectoryStore directory() {
    return directory;
  }

  public MembershipStore memberships() {
    return memberships;
  }

  public UserStore users() {
    return users;
  }

  public SessionStore sessions() {
    return sessions;
  }

  public SignInStore signIns() {
    return signIns;
  }

  public SessionActivityStore sessionActivity() {
    return sessionActivity;
  }

  public ApiKeyStore apiKeys() {
    return apiKeys;
  }

  public AuditStore audit() {
    return audit;
  }

  public MemberStore members() {
    return members;
  }

  public InvitationStore invitations() {
    return invitations;
  }

  public Authenticator authenticator() {
    return authenticator;
  }

  public DocumentStore agents() {
    return agents;
  }

  public DocumentStore contextGraphs() {
    return contextGraphs;
  }

  public ServiceStore services() {
    return services;
  }

  public PhoneNumberStore phoneNumbers() {
    return phoneNumbers;
  }

  public SettingsStore settings() {
    return settings;
  }

  public DataSourceStore dataSources() {
    return dataSources;
  }

  public DataSourceSyncStore dataSourceSyncs() {
    return dataSourceSyncs;
  }

  public SafetyConfigStore safetyConfig() {
    return safetyConfig;
  }

  public MonitorConceptStore monitorConcepts() {
    return monitorConcepts;
  }

  public SafetyTemplates safetyTemplates() {
    return safetyTemplates;
  }

  /** Where imports may read now (decision 0022); tests and the demo move it. */
  public ImportTargets importTargets() {
    return importTargets;
  }

  /** Runs FHIR imports of data-source syncs off the request thread (decision 0013). */
  public FhirSyncRunner fhirSync() {
    return fhirSync;
  }

  public VoiceSignIn voice() {
    return voice;
  }

  /** Live events: reading and pruning; writers call LiveEventStore.publish in their own transaction. */
  public LiveEventStore liveEvents() {
    return liveEvents;
  }

  /** This node's open event streams, woken by NOTIFY from any node (decision 0016). */
  public LiveEventHub liveHub() {
    return liveHub;
  }

  public CallStore calls() {
    return calls;
  }

  public ReviewItemStore reviewItems() {
    return reviewItems;
  }

  public WorldStore world() {
    return world;
  }

  /** Announces committed world appends on the live stream, merged per workspace (decision 0026). */
  public WorldAnnouncer worldAnnouncer() {
    return worldAnnouncer;
  }
}
