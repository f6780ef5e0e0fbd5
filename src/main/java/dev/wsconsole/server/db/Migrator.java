package dev.wsconsole.server.db;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Runs the Flyway migrations as the owner role (the administering login does SET ROLE first). */
public final class Migrator {
  private Migrator() {}

  public static MigrateResult migrate(DatabaseTarget target, String... extraLocations) {
    String[] locations = new String[extraLocations.length + 1];
    locations[0] = "classpath:db/migration";
    System.arraycopy(extraLocations, 0, locations, 1, extraLocations.length);
    return Flyway.configure()
        .dataSource(target.jdbcUrl(), target.adminUser(), target.adminPassword())
        .initSql("SET ROLE " + Roles.OWNER)
        .schemas(Roles.TABLE_SCHEMA)
        .defaultSchema(Roles.TABLE_SCHEMA)
        .createSchemas(false)
        .locations(locations)
        .loggers("slf4j")
        .load()
        .migrate();
  }
}
