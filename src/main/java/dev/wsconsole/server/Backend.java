package dev.wsconsole.server;

import dev.wsconsole.server.apikey.ApiKeyStore;
import dev.wsconsole.server.auth.Authenticator;
import dev.wsconsole.server.auth.SessionStore;
import dev.wsconsole.server.auth.UserStore;
import dev.wsconsole.server.db.Database;
import dev.wsconsole.server.db.TenantTx;
import dev.wsconsole.server.workspace.DirectoryStore;
import dev.wsconsole.server.workspace.MembershipStore;

/** The backend's parts, wired once over an opened database (no container: plain constructors). */
public final class Backend {
  public final Database database;
  public final TenantTx tx;
  public final DirectoryStore directory;
  public final MembershipStore memberships;
  public final UserStore users;
  public final SessionStore sessions;
  public final ApiKeyStore apiKeys;
  public final dev.wsconsole.server.audit.AuditStore audit;
  public final dev.wsconsole.server.auth.SessionActivityStore sessionActivity;
  public final dev.wsconsole.server.member.MemberStore members;
  public final dev.wsconsole.server.member.InvitationStore invitations;
  public final Authenticator authenticator;
  /** API keys this node has authenticated, evicted on any change to their rights (decisions 0019, 0021). */
  public final dev.wsconsole.server.auth.CredentialCache credentials;
  public final dev.wsconsole.server.document.DocumentStore agents;
  public final dev.wsconsole.server.document.DocumentStore contextGraphs;
  public final dev.wsconsole.server.service.ServiceStore services;
  public final dev.wsconsole.server.phone.PhoneNumberStore phoneNumbers;
  public final dev.wsconsole.server.settings.SettingsStore settings;
  public final dev.wsconsole.server.datasource.DataSourceStore dataSources;
  public final dev.wsconsole.server.datasource.DataSourceSyncStore dataSourceSyncs;
  public final dev.wsconsole.server.safety.SafetyConfigStore safetyConfig;
  public final dev.wsconsole.server.safety.MonitorConceptStore monitorConcepts;
  public final dev.wsconsole.server.safety.SafetyTemplates safetyTemplates;
  /**
   * Where imports may read (decision 0022): drop folders under the imports root, FHIR servers not at metadata or
   * link-local addresses; loopback allowed until a command says otherwise ({@code serve} does).
   */
  public final dev.wsconsole.server.fhir.ImportTargets importTargets = new dev.wsconsole.server.fhir.ImportTargets(
      dev.wsconsole.server.fhir.SourceConfinement.of(dev.wsconsole.server.cli.CommandLine.defaultDataDir(System.getenv()),
          System.getenv(), true));
  /** Runs FHIR imports of data-source syncs off the request thread (decision 0013). */
  public final dev.wsconsole.server.fhir.FhirSyncRunner fhirSync;
  public final dev.wsconsole.server.voiceprint.VoiceSignIn voice;
  /** Live events: reading and pruning; writers call LiveEventStore.publish in their own transaction. */
  public final dev.wsconsole.server.live.LiveEventStore liveEvents;
  /** This node's open event streams, woken by NOTIFY from any node (decision 0016). */
  public final dev.wsconsole.server.live.LiveEventHub liveHub;
  public final dev.wsconsole.server.operations.CallStore calls;
  public final dev.wsconsole.server.review.ReviewItemStore reviewItems;
  public final dev.wsconsole.server.world.WorldStore world;
  /** Announces committed world appends on the live stream, merged per workspace (decision 0026). */
  public final dev.wsconsole.server.world.WorldAnnouncer worldAnnouncer;

  /** Without a data-source secret key: data sources holding secrets cannot be written or read back. */
  public Backend(Database database) {
    this(database, null);
  }

  /** {@code dataSourceCipher} seals data-source secrets (see SecretKeySource for where its key comes from). */
  public Backend(Database database, dev.wsconsole.server.datasource.SecretCipher dataSourceCipher) {
    this.database = database;
    this.credentials = new dev.wsconsole.server.auth.CredentialCache();
    // A transaction this node commits that changed a key, membership or workspace row (the V16/V20
    // triggers flag it) evicts those workspaces' keys before it returns; changes made elsewhere arrive
    // by NOTIFY (decisions 0019, 0021).
    this.tx = new TenantTx(database.jdbi(), credentials::evict);
    this.directory = new DirectoryStore(database.jdbi(), tx);
    this.memberships = new MembershipStore(tx);
    this.users = new UserStore(database.jdbi());
    this.sessions = new SessionStore(database.jdbi());
    this.apiKeys = new ApiKeyStore(tx);
    this.audit = new dev.wsconsole.server.audit.AuditStore(tx);
    this.sessionActivity = new dev.wsconsole.server.auth.SessionActivityStore(tx);
    this.members = new dev.wsconsole.server.member.MemberStore(tx);
    this.invitations = new dev.wsconsole.server.member.InvitationStore(tx);
    database.closeWith(new dev.wsconsole.server.db.ChannelListener(
        () -> database.openDedicatedConnection("wsc-credential-listener"),
        dev.wsconsole.server.auth.CredentialCache.CHANNEL, credentials));
    this.authenticator = new Authenticator(this);
    this.agents = new dev.wsconsole.server.document.DocumentStore(tx, dev.wsconsole.server.document.DocumentKind.AGENT);
    this.contextGraphs = new dev.wsconsole.server.document.DocumentStore(tx,
        dev.wsconsole.server.document.DocumentKind.CONTEXT_GRAPH);
    this.services = new dev.wsconsole.server.service.ServiceStore(tx);
    this.phoneNumbers = new dev.wsconsole.server.phone.PhoneNumberStore(tx);
    this.settings = new dev.wsconsole.server.settings.SettingsStore(tx);
    this.dataSources = new dev.wsconsole.server.datasource.DataSourceStore(tx, dataSourceCipher);
    this.dataSourceSyncs = new dev.wsconsole.server.datasource.DataSourceSyncStore(tx);
    this.safetyConfig = new dev.wsconsole.server.safety.SafetyConfigStore(tx);
    this.monitorConcepts = new dev.wsconsole.server.safety.MonitorConceptStore(tx);
    this.safetyTemplates = dev.wsconsole.server.safety.SafetyTemplates.load();
    this.fhirSync = new dev.wsconsole.server.fhir.FhirSyncRunner(dataSources, dataSourceSyncs,
        new dev.wsconsole.server.fhir.FhirImportStore(tx), importTargets);
    database.closeWith(fhirSync);
    this.voice = new dev.wsconsole.server.voiceprint.VoiceSignIn(tx, System.getenv());
    this.liveEvents = new dev.wsconsole.server.live.LiveEventStore(tx);
    this.liveHub = new dev.wsconsole.server.live.LiveEventHub();
    database.closeWith(new dev.wsconsole.server.db.ChannelListener(
        () -> database.openDedicatedConnection("wsc-live-listener"), dev.wsconsole.server.live.LiveEventHub.CHANNEL,
        liveHub));
    database.closeWith(new dev.wsconsole.server.live.LivePruner(liveHub, liveEvents));
    this.calls = new dev.wsconsole.server.operations.CallStore(tx);
    this.reviewItems = new dev.wsconsole.server.review.ReviewItemStore(tx);
    this.world = new dev.wsconsole.server.world.WorldStore(tx);
    this.worldAnnouncer = new dev.wsconsole.server.world.WorldAnnouncer(tx);
    database.provide(dev.wsconsole.server.world.WorldAnnouncer.class, worldAnnouncer);
    database.closeWith(worldAnnouncer);
  }
}
