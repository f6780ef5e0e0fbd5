package dev.wsconsole.testing;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test class's tenants: starts a {@link TestApi} on a database of its own before all tests, creates the declared
 * accounts, workspaces, members and keys the product's way, and closes the backend after all tests.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TenantFixture tenants = TenantFixture.database("phone_registry");
 * static final Tenant north = tenants.workspace("north-clinic", Environment.STAGING, "alice@north.example")
 *     .keys(Role.ADMIN);
 * static final Tenant south = tenants.workspace("south-clinic", Environment.PRODUCTION, "bob@south.example")
 *     .memberWithKey("viewer@south.example", Role.VIEWER);
 *
 * tenants.api().get("/v1/" + north.id() + "/phone-numbers", north.adminKey());
 * }</pre>
 *
 * <p>Everything declared is created in declaration order when the class starts, so the tests see the same rows they
 * would after a hand-written {@code @BeforeAll}; {@link Tenant#key(Role)} issues a key not declared up front on first
 * use. A class's own {@code @BeforeAll} methods run after the fixture and may use {@link #api()}.
 */
public final class TenantFixture implements BeforeAllCallback, AfterAllCallback {
  private final String label;
  private final List<Object> declared = new ArrayList<>();
  private final Map<String, UUID> users = new LinkedHashMap<>();
  private TestApi api;

  private TenantFixture(String label) {
    this.label = label;
  }

  /** A fixture on a fresh database cloned for {@code label}, which must be unique among the test classes. */
  public static TenantFixture database(String label) {
    return new TenantFixture(label);
  }

  /** Declares an account that belongs to no workspace (yet). */
  public TenantFixture account(String email) {
    declared.add(email);
    return this;
  }

  /** Declares a workspace owned by the account {@code ownerEmail} (created once, whatever it owns). */
  public Tenant workspace(String slug, Environment environment, String ownerEmail) {
    Tenant tenant = new Tenant(slug, environment, ownerEmail);
    declared.add(tenant);
    return tenant;
  }

  /** The running backend (only once the class has started). */
  public TestApi api() {
    if (api == null) {
      throw new IllegalStateException("the tenants of " + label + " are not started yet");
    }
    return api;
  }

  /** The id of a declared account. */
  public UUID userId(String email) {
    UUID id = users.get(email);
    if (id == null) {
      throw new IllegalArgumentException("no account " + email + " was declared (or the class has not started)");
    }
    return id;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    api = TestApi.start(label);
    for (Object item : declared) {
      if (item instanceof Tenant tenant) {
        tenant.create();
      } else {
        account((String) item, api);
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) throws Exception {
    if (api != null) {
      api.close();
      api = null;
    }
  }

  private UUID account(String email, TestApi running) {
    return users.computeIfAbsent(email, running::user);
  }

  /** One declared workspace: its owner, members and API keys, and their ids and secrets once created. */
  public final class Tenant {
    private final String slug;
    private final Environment environment;
    private final String ownerEmail;
    private final Map<String, Role> members = new LinkedHashMap<>();
    private final List<Role> ownerKeys = new ArrayList<>();
    private final List<String> memberKeyHolders = new ArrayList<>();
    private final Map<Role, String> keysByRole = new LinkedHashMap<>();
    private final Map<String, String> keysByHolder = new LinkedHashMap<>();
    private UUID id;

    private Tenant(String slug, Environment environment, String ownerEmail) {
      this.slug = slug;
      this.environment = environment;
      this.ownerEmail = ownerEmail;
    }

    /** Declares a member: the account {@code email} (created once) holding {@code role} here. */
    public Tenant member(String email, Role role) {
      members.put(email, role);
      return this;
    }

    /** Declares a member as {@link #member} does, with an API key of the member's role issued by the member. */
    public Tenant memberWithKey(String email, Role role) {
      member(email, role);
      memberKeyHolders.add(email);
      return this;
    }

    /** Declares API keys of these roles issued by the owner when the class starts, in this order. */
    public Tenant keys(Role... roles) {
      ownerKeys.addAll(List.of(roles));
      return this;
    }

    public UUID id() {
      if (id == null) {
        throw new IllegalStateException("workspace " + slug + " is not created yet");
      }
      return id;
    }

    public String slug() {
      return slug;
    }

    public Environment environment() {
      return environment;
    }

    /** The owner's account id. */
    public UUID owner() {
      return userId(ownerEmail);
    }

    public String ownerEmail() {
      return ownerEmail;
    }

    /** The first key of {@code role} issued by the owner: a declared one, or one issued now on first use. */
    public String key(Role role) {
      id();
      return keysByRole.computeIfAbsent(role, r -> api.key(id, owner(), r));
    }

    public String ownerKey() {
      return key(Role.OWNER);
    }

    public String adminKey() {
      return key(Role.ADMIN);
    }

    public String operatorKey() {
      return key(Role.OPERATOR);
    }

    public String viewerKey() {
      return key(Role.VIEWER);
    }

    /** The account id of the first declared member holding {@code role}. */
    public UUID memberId(Role role) {
      return userId(memberHolding(role));
    }

    /** The key of the first declared member holding {@code role}, issued by that member (now, if not declared). */
    public String keyOfMember(Role role) {
      String email = memberHolding(role);
      id();
      return keysByHolder.computeIfAbsent(email, e -> api.key(id, userId(e), role));
    }

    private String memberHolding(Role role) {
      return members.entrySet().stream().filter(m -> m.getValue() == role).map(Map.Entry::getKey).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no member of " + slug + " holds " + role));
    }

    private void create() {
      UUID owner = account(ownerEmail, api);
      id = api.workspace(slug, environment, owner);
      members.forEach((email, role) -> api.member(id, account(email, api), role));
      for (Role role : ownerKeys) {
        String secret = api.key(id, owner, role);
        keysByRole.putIfAbsent(role, secret);
      }
      for (String email : memberKeyHolders) {
        keysByHolder.put(email, api.key(id, userId(email), members.get(email)));
      }
    }
  }
}
