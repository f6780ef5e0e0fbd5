package dev.wsconsole.desktop.app;

import dev.wsconsole.desktop.isolation.IsolationPage;
import dev.wsconsole.desktop.isolation.IsolationViewModel;
import dev.wsconsole.desktop.shell.PageSpec;
import java.util.List;
import java.util.concurrent.Executor;

/** The sidebar, in order: one line per page (id, title, the permission it needs, how to build it). */
public final class ConsolePages {
  private ConsolePages() {}

  public static List<PageSpec> all(Executor background) {
    return List.of(
        new PageSpec("isolation", "Isolation", null, c -> isolation(c, background)));
  }

  private static IsolationPage isolation(dev.wsconsole.desktop.shell.PageContext c, Executor background) {
    IsolationViewModel vm = new IsolationViewModel(c.api().isolation(), background, c.calls().ui(),
        c.workspace() == null ? null : c.workspace().id());
    vm.refresh();
    return new IsolationPage(vm, null);
  }
}
