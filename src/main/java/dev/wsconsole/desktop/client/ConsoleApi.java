package dev.wsconsole.desktop.client;

/**
 * The typed API client of the console: one backend, one credential, a facet per resource. The only
 * door from the desktop to the server.
 */
public final class ConsoleApi {
  private final JsonHttp http;

  public ConsoleApi(String baseUrl, String token) {
    this(new JsonHttp(baseUrl, token));
  }

  private ConsoleApi(JsonHttp http) {
    this.http = http;
  }

  /** The same server signed in with {@code token}. */
  public ConsoleApi withToken(String token) {
    return new ConsoleApi(http.withToken(token));
  }

  public String baseUrl() {
    return http.baseUrl();
  }

  /** Voice sign-in of the signed-in user in {@code workspace}. */
  public VoiceApi voice(java.util.UUID workspace) {
    return new VoiceApi(http.baseUrl(), http.token(), workspace);
  }

  /** A plain collection of {@code type} records at {@code /v1/{ws}/<collection>} (see {@link ResourceApi}). */
  public <T> ResourceApi<T> resource(String collection, Class<T> type) {
    return new ResourceApi<>(http, collection, type);
  }

  public AuthApi auth() {
    return new AuthApi(http);
  }

  public WorkspacesApi workspaces() {
    return new WorkspacesApi(http);
  }

  public ServicesApi services() {
    return new ServicesApi(http);
  }

  public PhoneNumbersApi phoneNumbers() {
    return new PhoneNumbersApi(http);
  }

  public SafetyApi safety() {
    return new SafetyApi(http);
  }

  public OperationsApi operations() {
    return new OperationsApi(http);
  }

  public ApiKeysApi apiKeys() {
    return new ApiKeysApi(http);
  }

  public MembersApi members() {
    return new MembersApi(http);
  }

  public AuditApi audit() {
    return new AuditApi(http);
  }

  public ComplianceApi compliance() {
    return new ComplianceApi(http);
  }

  public SettingsApi settings() {
    return new SettingsApi(http);
  }

  public DataSourcesApi dataSources() {
    return new DataSourcesApi(http);
  }

  public WorldApi world() {
    return new WorldApi(http);
  }

  public IsolationApi isolation() {
    return new IsolationApi(http);
  }
}
