package dev.wsconsole.desktop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wsconsole.desktop.client.ApiFailure;
import dev.wsconsole.desktop.shell.BackgroundCalls;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Calls report busy while they run, and failures as the server's words (a 401 asks to lock). */
class BackgroundCallsTest {
  private final List<Runnable> queued = new ArrayList<>();
  private final List<String> notices = new ArrayList<>();
  private int locks;
  private final BackgroundCalls calls = new BackgroundCalls(queued::add, Runnable::run, notices::add, () -> locks++);

  @Test
  void busyLastsUntilTheLastCallFinishes() {
    List<Integer> results = new ArrayList<>();
    calls.run(() -> 1, results::add);
    calls.run(() -> 2, results::add);
    assertTrue(calls.busyProperty().get());
    queued.get(0).run();
    assertTrue(calls.busyProperty().get());
    queued.get(1).run();
    assertFalse(calls.busyProperty().get());
    assertEquals(List.of(1, 2), results);
  }

  @Test
  void aFailureShowsItsDetailAndOnlyA401Locks() {
    calls.run(() -> {
      throw new ApiFailure(409, "The slug is taken.");
    }, x -> { });
    calls.run(() -> {
      throw new ApiFailure(401, "Session idle for more than 15 min.");
    }, x -> { });
    calls.run(() -> {
      throw new IllegalStateException("boom at dev.wsconsole.Internal");
    }, x -> { });
    queued.forEach(Runnable::run);
    assertEquals(List.of("The slug is taken.", "Session idle for more than 15 min.",
        "Something went wrong: IllegalStateException"), notices);
    assertEquals(1, locks);
    assertFalse(calls.busyProperty().get());
  }
}
