package dev.wsconsole.server.demo;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.RolePermissions;
import dev.wsconsole.server.apikey.ApiKeyStore;
import dev.wsconsole.server.app.Backend;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.auth.PasswordHasher;
import dev.wsconsole.server.workspace.DirectoryStore;
import dev.wsconsole.server.workspace.WorkspaceRules;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the demo hospital system, Riverside Health: five clinic workspaces owned by the platform's
 * first account (or a new demo owner), staff of every role, and each step of {@link DemoPlan} run
 * through the real API with a short-lived owner key that is revoked afterwards. Refuses a second run, and a
 * first one whose imports root (where each clinic's EHR export is dropped) cannot be written.
 */
public final class HospitalDemo {
  public static final List<DemoClinic> CLINICS = List.of(
      new DemoClinic("riverside-cardiology", "Riverside Cardiology", Environment.PRODUCTION, "206"),
      new DemoClinic("riverside-pediatrics", "Riverside Pediatrics", Environment.PRODUCTION, "253"),
      new DemoClinic("riverside-family-medicine", "Riverside Family Medicine", Environment.PRODUCTION, "360"),
      new DemoClinic("riverside-orthopedics", "Riverside Orthopedics", Environment.STAGING, "425"),
      new DemoClinic("riverside-dermatology", "Riverside Dermatology", Environment.STAGING, "509"));
  static final String DOMAIN = "riverside-health.example";
  private static final Map<String, Object> ACTOR = Map.of("kind", "demo");
  private final Backend backend;
  private final String baseUrl;
  private final PrintStream out;

  /** {@code baseUrl} is the API the backend serves (the demo command starts one on loopback). */
  public HospitalDemo(Backend backend, String baseUrl, PrintStream out) {
    this.backend = backend;
    this.baseUrl = baseUrl;
    this.out = out;
  }

  /** What was built: the owner, passwords of accounts made here (shown once), and the workspaces. */
  public record Result(UUID owner, String newOwnerEmail, String newOwnerPassword, String staffPassword,
                       List<UUID> workspaces) {}

  public Result build() {
    refuseWhenStaffExists();
    requireWritableImports();
    String ownerPassword = null;
    UUID owner = backend.users().firstUserId().orElse(null);
    List<UUID> ids = new ArrayList<>();
    if (owner == null) {
      ownerPassword = dev.wsconsole.server.db.LocalSecrets.newSecret();
      owner = backend.users().create("owner@" + DOMAIN, "Riverside owner",
          PasswordHasher.hash(ownerPassword.toCharArray())).id();
    }
    for (DemoClinic clinic : CLINICS) {
      ids.add(createWorkspace(clinic, owner, ids.isEmpty()));
    }
    String staffPassword = dev.wsconsole.server.db.LocalSecrets.newSecret();
    DemoPeople people = staff(staffPassword);
    for (int i = 0; i < CLINICS.size(); i++) {
      runPlan(CLINICS.get(i), ids.get(i), owner, people);
    }
    return new Result(owner, ownerPassword == null ? null : "owner@" + DOMAIN, ownerPassword, staffPassword, ids);
  }

  private void refuseWhenStaffExists() {
    for (Role role : DemoPeople.ROLES) {
      if (backend.users().byEmail(email(role)).isPresent()) {
        throw new IllegalStateException("the demo exists already (account " + email(role) + "); nothing was written");
      }
    }
  }

  /** Each clinic's EHR export is written under the imports root: make sure it can be before writing anything. */
  private void requireWritableImports() {
    java.nio.file.Path root = backend.importTargets().get().importsRoot();
    try {
      java.nio.file.Files.createDirectories(root);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the imports root " + root + " cannot be created (" + e.getMessage()
          + "); set WSC_IMPORTS_ROOT; nothing was written", e);
    }
    if (!java.nio.file.Files.isWritable(root)) {
      throw new IllegalStateException("the imports root " + root + " is not writable; set WSC_IMPORTS_ROOT;"
          + " nothing was written");
    }
  }

  private UUID createWorkspace(DemoClinic clinic, UUID owner, boolean first) {
    UUID id = UUID.randomUUID();
    try {
      backend.directory().createWithOwner(id, WorkspaceRules.slug(clinic.slug(), List.of("demo", "slug")),
          WorkspaceRules.name(clinic.name(), List.of("demo", "name")), clinic.environment(), "us-east-1", null, owner,
          AuditRecord.allowed(ACTOR, "workspace.create", "workspace:" + id, "demo"));
    } catch (DirectoryStore.SlugTakenException e) {
      throw new IllegalStateException("the demo exists already (workspace slug '" + clinic.slug() + "' is taken); "
          + (first ? "nothing was written" : "stopped part-way"), e);
    }
    out.printf("  %-28s %-10s %s%n", clinic.slug(), clinic.environment().wireName(), id);
    return id;
  }

  private static String email(Role role) {
    return role.wireName() + "@" + DOMAIN;
  }

  /** One account per staff role (one password hash for all), each signed in through the API. */
  private DemoPeople staff(String password) {
    String hash = PasswordHasher.hash(password.toCharArray());
    Map<Role, DemoPeople.Person> byRole = new EnumMap<>(Role.class);
    DemoApi anonymous = new DemoApi(baseUrl, null);
    for (Role role : DemoPeople.ROLES) {
      backend.users().create(email(role), "Riverside " + role.wireName(), hash);
      String session = anonymous.post("/v1/auth/login", Map.of("email", email(role), "password", password))
          .get("access_token").asText();
      byRole.put(role, new DemoPeople.Person(email(role), anonymous.as(session)));
    }
    return new DemoPeople(byRole);
  }

  private void runPlan(DemoClinic clinic, UUID ws, UUID owner, DemoPeople people) {
    ApiKeyStore.Issued key = backend.apiKeys().create(ws, "demo builder", Role.OWNER,
        RolePermissions.of(Role.OWNER).stream().map(p -> p.wireName()).sorted().toList(), owner, null, 1,
        AuditRecord.allowed(ACTOR, "api_key.create", "", "demo"));
    try {
      DemoWorkspace demo = new DemoWorkspace(clinic, ws, new DemoApi(baseUrl, key.secret()), people, backend);
      for (Map.Entry<String, DemoStep> step : DemoPlan.standard().entrySet()) {
        step.getValue().build(demo);
      }
      out.printf("  %-28s %s%n", clinic.slug(), String.join(", ", DemoPlan.standard().keySet()));
    } finally {
      backend.apiKeys().revoke(ws, key.key().id(), AuditRecord.allowed(ACTOR, "api_key.revoke",
          "api_key:" + key.key().id(), "demo"));
    }
  }
}
