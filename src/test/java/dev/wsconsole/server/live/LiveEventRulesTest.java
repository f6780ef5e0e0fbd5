package dev.wsconsole.server.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wsconsole.model.Permission;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Who may see which event type, and where a reconnecting stream resumes. */
class LiveEventRulesTest {
  @Test
  void eachNamespaceNeedsTheViewPermissionOfItsResource() {
    assertEquals(Permission.AUDIT_VIEW, LiveEventRules.permissionFor("audit.entry_appended"));
    assertEquals(Permission.CALL_VIEW, LiveEventRules.permissionFor("call.started"));
    assertEquals(Permission.DATA_SOURCE_VIEW, LiveEventRules.permissionFor("pipeline.sync_completed"));
    assertEquals(Permission.REVIEW_VIEW, LiveEventRules.permissionFor("review.submitted"));
  }

  @Test
  void anUnknownNamespaceOrMalformedTypeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> LiveEventRules.permissionFor("billing.charged"));
    assertThrows(IllegalArgumentException.class, () -> LiveEventRules.permissionFor("NoDot"));
    assertThrows(IllegalArgumentException.class, () -> LiveEventRules.permissionFor(null));
  }

  @Test
  void noLastEventIdStartsAtTheNewestEvent() {
    LiveEventRules.Start s = LiveEventRules.start(null, 42, OptionalLong.of(30), 5);
    assertEquals(42, s.cursor());
    assertNull(s.reset());
  }

  @Test
  void aLastEventIdWhoseSuccessorIsStillKeptResumesThere() {
    assertEquals(29, LiveEventRules.start("29", 42, OptionalLong.of(30), 5).cursor());
    assertEquals(42, LiveEventRules.start("42", 42, OptionalLong.empty(), 5).cursor());
  }

  @Test
  void aLastEventIdBeforeTheKeptEventsStartsFreshWithAReason() {
    LiveEventRules.Start s = LiveEventRules.start("28", 42, OptionalLong.of(30), 5);
    assertEquals(42, s.cursor());
    assertNotNull(s.reset());
    assertEquals(42, LiveEventRules.start("10", 42, OptionalLong.empty(), 5).cursor());
  }

  @Test
  void garbageOrFutureIdsStartFresh() {
    assertNotNull(LiveEventRules.start("abc", 42, OptionalLong.of(30), 5).reset());
    assertNotNull(LiveEventRules.start("43", 42, OptionalLong.of(30), 5).reset());
    assertNotNull(LiveEventRules.start("-1", 42, OptionalLong.of(30), 5).reset());
  }
}
