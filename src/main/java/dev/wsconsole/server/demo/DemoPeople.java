package dev.wsconsole.server.demo;

import dev.wsconsole.model.Role;
import java.util.Map;

/** The demo staff below owner, one account per role, each signed in (their API) to accept invitations. */
record DemoPeople(Map<Role, Person> byRole) {
  /** One demo account: its email and the API as that person (a sign-in session). */
  record Person(String email, DemoApi api) {}

  /** The roles the demo staff hold in every clinic (the first account is owner). */
  static final java.util.List<Role> ROLES = java.util.List.of(Role.ADMIN, Role.MEMBER, Role.OPERATOR, Role.VIEWER);
}
