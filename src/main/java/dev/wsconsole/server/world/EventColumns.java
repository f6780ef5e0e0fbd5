package dev.wsconsole.server.world;

import java.util.List;
import java.util.UUID;

/** A batch of new events as one array per column, the shape unnest() takes them in. */
record EventColumns(UUID[] entities, String[] types, String[] domains, String[] sources, Float[] confidences,
                    String[] data, UUID[] supersedes, String[] keys, String[] occurred) {

  static EventColumns of(List<NewEvent> events) {
    int n = events.size();
    EventColumns c = new EventColumns(new UUID[n], new String[n], new String[n], new String[n], new Float[n],
        new String[n], new UUID[n], new String[n], new String[n]);
    for (int i = 0; i < n; i++) {
      NewEvent e = events.get(i);
      c.entities[i] = e.entityId();
      c.types[i] = e.eventType();
      c.domains[i] = e.domain();
      c.sources[i] = e.source();
      // + 0.0f turns -0.0 into 0.0: Java's Float.compare orders them, PostgreSQL's real does not
      c.confidences[i] = (float) e.confidence() + 0.0f;
      c.data[i] = ProjectionCodec.text(e.data());
      c.supersedes[i] = e.supersedes();
      c.keys[i] = e.idempotencyKey();
      c.occurred[i] = e.occurredAt() == null ? null : e.occurredAt().toString();
    }
    return c;
  }
}
