package dev.wsconsole.desktop.world;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wsconsole.server.world.NewEvent;
import dev.wsconsole.server.world.StoredEvent;
import dev.wsconsole.testing.TestApi;
import java.util.List;
import java.util.UUID;

/**
 * A small world written through the real WorldStore: a patient whose phone was corrected (the first
 * event superseded), an operational event, and the practitioner who attended them.
 */
record WorldFixture(UUID patient, UUID practitioner, UUID wrongPhone, UUID rightPhone) {
  static final String PATIENT = "Quinn Worldview";
  static final String PRACTITIONER = "Dr Rowan Worldview";

  static WorldFixture write(TestApi api, UUID ws) {
    var world = api.backend.world();
    UUID p = world.ensureEntity(ws, "patient", "Patient/wv-1", PATIENT);
    UUID dr = world.ensureEntity(ws, "practitioner", "Practitioner/wv-1", PRACTITIONER);
    var json = JsonNodeFactory.instance;
    StoredEvent wrong = world.append(ws, List.of(new NewEvent(p, "patient.contact", "clinical", "ehr", 0.9,
        json.objectNode().put("phone", "+15550000001").put("city", "Springfield"), null, "wv-wrong", null))).get(0);
    StoredEvent right = world.append(ws, List.of(new NewEvent(p, "patient.contact", "clinical", "front_desk", 0.8,
        json.objectNode().put("phone", "+15550000002"), wrong.id(), "wv-right", null))).get(0);
    world.append(ws, List.of(new NewEvent(p, "call.completed", "operational", "voice", 0.7,
        json.objectNode().put("last_call", "2026-11-27"), null, "wv-call", null)));
    world.append(ws, List.of(new NewEvent(dr, "practitioner.registered", "administrative", "ehr", 1.0,
        json.objectNode().put("specialty", "family medicine"), null, "wv-dr", null)));
    world.relate(ws, p, dr, "attended_by");
    return new WorldFixture(p, dr, wrong.id(), right.id());
  }
}
