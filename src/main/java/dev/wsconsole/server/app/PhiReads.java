package dev.wsconsole.server.app;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.wire.CallViews;
import dev.wsconsole.model.wire.ReviewViews;
import dev.wsconsole.model.wire.WorldViews;
import dev.wsconsole.server.audit.PhiAccess;
import dev.wsconsole.server.audit.PhiAccessStore;
import dev.wsconsole.server.http.ApiCall;
import dev.wsconsole.server.http.ApiHandler;
import java.util.List;
import java.util.UUID;

/**
 * Wraps the handlers of the routes that read protected health information so that each answer is recorded in
 * the PHI access log before it is sent: one entry per request listing the records it returned. A read whose
 * entry cannot be written fails (500) rather than answer unaudited; a read that returned no PHI writes nothing.
 */
final class PhiReads {
  private final PhiAccessStore log;

  PhiReads(PhiAccessStore log) {
    this.log = log;
  }

  /** One entity; its type is in the answer, so a non-PHI entity costs nothing. */
  ApiHandler entity(String action, ApiHandler read) {
    return call -> {
      Object answer = read.handle(call);
      WorldViews.Entity e = (WorldViews.Entity) answer;
      if (PhiAccess.isPhiEntityType(e.entityType())) {
        log.record(read(call, action), PhiAccess.ENTITY, List.of(e.id()));
      }
      return answer;
    };
  }

  /** A page of entities (list, search): the PHI ones among them, in one entry. */
  ApiHandler entities(String action, ApiHandler read) {
    return call -> {
      Object answer = read.handle(call);
      List<WorldViews.Entity> items = answer instanceof WorldViews.EntityList l ? l.entities()
          : ((WorldViews.SearchResults) answer).entities();
      log.record(read(call, action), PhiAccess.ENTITY,
          items.stream().filter(e -> PhiAccess.isPhiEntityType(e.entityType())).map(WorldViews.Entity::id).toList());
      return answer;
    };
  }

  /** An entity's timeline or fields: the answer has no type, so the entry's statement checks it. */
  ApiHandler entityDetail(String action, ApiHandler read) {
    return call -> {
      Object answer = read.handle(call);
      UUID id = answer instanceof WorldViews.Timeline t ? t.entityId() : ((WorldViews.Fields) answer).entityId();
      log.recordEntities(read(call, action), List.of(id));
      return answer;
    };
  }

  /** A call with its transcript. */
  ApiHandler transcript(ApiHandler read) {
    return call -> {
      Object answer = read.handle(call);
      log.record(read(call, "call.transcript.read"), PhiAccess.CALL,
          List.of(((CallViews.CallDetailResponse) answer).id()));
      return answer;
    };
  }

  /** One review item, or a page of them in one entry. */
  ApiHandler reviewItems(String action, ApiHandler read) {
    return call -> {
      Object answer = read.handle(call);
      List<UUID> ids = answer instanceof Page<?> page
          ? page.items().stream().map(i -> ((ReviewViews.ReviewItemResponse) i).id()).toList()
          : List.of(((ReviewViews.ReviewItemResponse) answer).id());
      log.record(read(call, action), PhiAccess.REVIEW_ITEM, ids);
      return answer;
    };
  }

  private static PhiAccessStore.Read read(ApiCall call, String action) {
    return new PhiAccessStore.Read(call.workspaceId(), call.actor(), action, call.requestId());
  }
}
