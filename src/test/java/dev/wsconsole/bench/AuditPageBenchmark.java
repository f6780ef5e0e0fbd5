package dev.wsconsole.bench;

import dev.wsconsole.desktop.app.LaunchPlan;
import dev.wsconsole.desktop.audit.AuditEvents;
import dev.wsconsole.desktop.client.AuditApi;
import dev.wsconsole.desktop.client.ConsoleApi;
import dev.wsconsole.model.Environment;
import dev.wsconsole.model.Role;
import dev.wsconsole.model.wire.AuditResponses;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.audit.AuditStore;
import dev.wsconsole.testing.TestApi;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.TableView;

/**
 * Issue 6's audit-page benchmark: 100,000 hash-chained entries made with AuditStore.append in
 * transactions of 10,000, then the real console's Audit page (API-key session, under Xvfb): time to
 * the first page, per-page time of Next, the last page's fetch, and proof that one page is held.
 *
 * <p>Run: {@code xvfb-run -a bash src/test/scripts/bench.sh AuditPageBenchmark}
 */
public final class AuditPageBenchmark {
  private static final int ENTRIES = 100_000;
  private static final int PER_TX = 10_000;
  private static final int NEXT_PAGES = 100;

  private AuditPageBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.out.println(ConsoleDriver.machine());
    try (TestApi api = TestApi.start("audit_page_bench")) {
      UUID owner = api.user("bench@example.org");
      UUID ws = api.workspace("audit-bench", Environment.PRODUCTION, owner);
      fill(api, ws);
      String key = api.key(ws, owner, Role.OWNER);
      ConsoleDriver console = new ConsoleDriver();
      console.open(LaunchPlan.remote(api.baseUrl(), key));
      ConsoleDriver.await(60_000, () -> console.textQuietly("#shell-role") != null
          && !console.textQuietly("#shell-role").isEmpty());
      Thread.sleep(2_000);
      double heapBefore = ConsoleDriver.heapAfterGcMiB();
      TableView<AuditResponses.Event> table = openAuditPage(console);
      Stats nexts = pressNext(console, table);
      System.out.printf("Next, %d pages of 50: %s, max %.1f ms (now at %s)%n", NEXT_PAGES, nexts,
          nexts.percentileMs(100), console.text("#audit-page-label"));
      lastPage(new ConsoleApi(api.baseUrl(), key).audit(), ws);
      int held = ConsoleDriver.onFx(() -> table.getItems().size());
      double heapAfter = ConsoleDriver.heapAfterGcMiB();
      System.out.printf("rows held by the table (its items = the view-model's page): %d of %d%n", held, ENTRIES);
      System.out.printf("heap used after GC: %.1f MiB before opening the page, %.1f MiB after %d pages (+%.1f MiB;"
          + " backend in the same JVM)%n", heapBefore, heapAfter, NEXT_PAGES + 1, heapAfter - heapBefore);
    }
    System.exit(0);
  }

  private static void fill(TestApi api, UUID ws) {
    long t0 = System.nanoTime();
    Map<String, Object> actor = Map.of("kind", "bench");
    for (int done = 0; done < ENTRIES; done += PER_TX) {
      int from = done;
      api.backend.tx().run(ws, h -> {
        for (int i = from; i < from + PER_TX; i++) {
          AuditStore.append(h, ws, AuditRecord.allowed(actor, "bench.entry", "entry:" + i, "bench-" + i));
        }
      });
    }
    long total = api.backend.tx().query(ws, "SELECT count(*) FROM console.audit_events WHERE workspace_id = ?",
        rs -> rs.getLong(1), ws).get(0);
    System.out.printf("filled %d audit entries (%d in the workspace) in %.1f s%n", ENTRIES, total,
        (System.nanoTime() - t0) / 1e9);
  }

  @SuppressWarnings("unchecked")
  private static TableView<AuditResponses.Event> openAuditPage(ConsoleDriver console) throws Exception {
    long t0 = System.nanoTime();
    ConsoleDriver.onFx(() -> {
      console.window.shell().show("audit");
      return null;
    });
    ConsoleDriver.await(60_000, () -> console.lookupQuietly("#audit-table") != null);
    TableView<AuditResponses.Event> table = (TableView<AuditResponses.Event>) console.lookup("#audit-table");
    ConsoleDriver.await(60_000, () -> sizeOf(table) > 0);
    System.out.printf("time to first page (page built, first 50 shown): %.1f ms; %s%n",
        (System.nanoTime() - t0) / 1e6, console.text("#audit-page-label"));
    return table;
  }

  private static Stats pressNext(ConsoleDriver console, TableView<AuditResponses.Event> table) throws Exception {
    long[] nanos = new long[NEXT_PAGES];
    for (int i = 0; i < NEXT_PAGES; i++) {
      long firstSeq = ConsoleDriver.onFx(() -> AuditEvents.seq(table.getItems().get(0)));
      long t0 = System.nanoTime();
      console.press("#audit-next");
      ConsoleDriver.await(60_000, () -> {
        try {
          return ConsoleDriver.onFx(() -> !table.getItems().isEmpty() && AuditEvents.seq(table.getItems().get(0)) != firstSeq);
        } catch (Exception e) {
          return false;
        }
      });
      nanos[i] = System.nanoTime() - t0;
    }
    return new Stats(nanos);
  }

  /** The page has Previous/Next only; the last page is measured as the same call at the last offset. */
  private static void lastPage(AuditApi audit, UUID ws) {
    long[] nanos = new long[10];
    int lastOffset = (int) audit.page(ws, AuditApi.Filter.NONE, 0, 1).total() - 50;
    AuditResponses.EventList page = null;
    for (int i = 0; i < nanos.length; i++) {
      long t0 = System.nanoTime();
      page = audit.page(ws, AuditApi.Filter.NONE, lastOffset, 50);
      nanos[i] = System.nanoTime() - t0;
    }
    Stats last = new Stats(nanos);
    System.out.printf("last page (offset %d, same call as the page makes): median %.1f ms, max %.1f ms;"
        + " %d entries, seq %d..%d, has_more %s%n", lastOffset, last.medianMs(),
        last.percentileMs(100), page.events().size(), AuditEvents.seq(page.events().get(page.events().size() - 1)),
        AuditEvents.seq(page.events().get(0)), page.hasMore());
  }

  private static int sizeOf(TableView<AuditResponses.Event> table) {
    try {
      return ConsoleDriver.onFx(() -> table.getItems().size());
    } catch (Exception e) {
      return 0;
    }
  }
}
