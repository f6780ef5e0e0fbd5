package dev.wsconsole.server.db;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.config.JdbiConfig;

/**
 * Backend objects that static store code reaches through the handle it was given, one per type (the world
 * store's {@code WorldAnnouncer}, decision 0026); set on the {@link Database} before its first transaction.
 */
public final class StoreCollaborators implements JdbiConfig<StoreCollaborators> {
  private final Map<Class<?>, Object> byType; // concurrent: handles copy it while the backend may still set it

  public StoreCollaborators() {
    this.byType = new ConcurrentHashMap<>();
  }

  private StoreCollaborators(StoreCollaborators other) {
    this.byType = new ConcurrentHashMap<>(other.byType);
  }

  /** The collaborator of {@code type} that {@code h}'s Jdbi was given, if any. */
  public static <T> Optional<T> of(Handle h, Class<T> type) {
    return Optional.ofNullable(type.cast(h.getConfig(StoreCollaborators.class).byType.get(type)));
  }

  /** Handles opened from now on reach {@code collaborator} as {@code type} (null: none). */
  <T> void put(Class<T> type, T collaborator) {
    if (collaborator == null) {
      byType.remove(type);
    } else {
      byType.put(type, collaborator);
    }
  }

  @Override
  public StoreCollaborators createCopy() {
    return new StoreCollaborators(this);
  }
}
