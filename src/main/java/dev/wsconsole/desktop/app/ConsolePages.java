package dev.wsconsole.desktop.app;

import dev.wsconsole.desktop.apikeys.ApiKeysPage;
import dev.wsconsole.desktop.apikeys.ApiKeysViewModel;
import dev.wsconsole.desktop.audit.AuditPage;
import dev.wsconsole.desktop.audit.AuditViewModel;
import dev.wsconsole.desktop.audit.ComplianceViewModel;
import dev.wsconsole.desktop.audit.PhiAccessViewModel;
import dev.wsconsole.desktop.calls.CallsPage;
import dev.wsconsole.desktop.datasources.DataSourcesPage;
import dev.wsconsole.desktop.datasources.DataSourcesViewModel;
import dev.wsconsole.desktop.environment.EnvironmentPage;
import dev.wsconsole.desktop.environment.EnvironmentViewModel;
import dev.wsconsole.desktop.isolation.IsolationPage;
import dev.wsconsole.desktop.isolation.IsolationViewModel;
import dev.wsconsole.desktop.members.MembersPage;
import dev.wsconsole.desktop.members.MembersViewModel;
import dev.wsconsole.desktop.operators.OperatorsPage;
import dev.wsconsole.desktop.overview.OverviewPage;
import dev.wsconsole.desktop.overview.OverviewViewModel;
import dev.wsconsole.desktop.phones.PhoneNumbersPage;
import dev.wsconsole.desktop.phones.PhoneNumbersViewModel;
import dev.wsconsole.desktop.safety.SafetyPage;
import dev.wsconsole.desktop.safety.SafetyViewModel;
import dev.wsconsole.desktop.services.ServicesPage;
import dev.wsconsole.desktop.services.ServicesViewModel;
import dev.wsconsole.desktop.settings.SettingsPage;
import dev.wsconsole.desktop.settings.SettingsViewModel;
import dev.wsconsole.desktop.shell.PageSpec;
import dev.wsconsole.desktop.world.WorldPage;
import dev.wsconsole.desktop.world.WorldViewModel;
import dev.wsconsole.model.Permission;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;

/** The sidebar, in order: one line per page (id, title, the permission it needs, how to build it). */
public final class ConsolePages {
  private ConsolePages() {}

  public static List<PageSpec> all(Executor background) {
    return List.of(
        new PageSpec("overview", "Overview", null, c -> new OverviewPage(new OverviewViewModel(c), c.workspace().name())),
        new PageSpec("members", "Members & roles", Permission.MEMBER_VIEW, c -> new MembersPage(new MembersViewModel(c))),
        new PageSpec("apikeys", "API keys", Permission.API_KEY_VIEW, c -> new ApiKeysPage(new ApiKeysViewModel(c))),
        new PageSpec("environment", "Environment", Permission.WORKSPACE_CONVERT,
            c -> new EnvironmentPage(new EnvironmentViewModel(c))),
        new PageSpec("settings", "Settings", Permission.SETTINGS_VIEW, c -> new SettingsPage(new SettingsViewModel(c),
            window -> enrolVoice(c, background, window))),
        new PageSpec("services", "Services", Permission.SERVICE_VIEW, c -> new ServicesPage(new ServicesViewModel(c))),
        new PageSpec("phones", "Phone numbers", Permission.PHONE_NUMBER_VIEW,
            c -> new PhoneNumbersPage(new PhoneNumbersViewModel(c))),
        new PageSpec("datasources", "Data sources", Permission.DATA_SOURCE_VIEW,
            c -> new DataSourcesPage(new DataSourcesViewModel(c))),
        new PageSpec("world", "World model", Permission.WORLD_VIEW, c -> new WorldPage(new WorldViewModel(c))),
        new PageSpec("safety", "Safety", Permission.SAFETY_VIEW, c -> new SafetyPage(new SafetyViewModel(c))),
        new PageSpec("operators", "Operators & review", Permission.OPERATOR_VIEW, OperatorsPage::open),
        new PageSpec("calls", "Calls", Permission.CALL_VIEW, CallsPage::open),
        new PageSpec("audit", "Audit log", Permission.AUDIT_VIEW, c -> new AuditPage(new AuditViewModel(c),
            new PhiAccessViewModel(c), new ComplianceViewModel(c),
            Path.of(System.getProperty("user.home"), "audit-" + c.workspace().slug() + ".ndjson"))),
        new PageSpec("isolation", "Isolation", null, c -> isolation(c, background)));
  }

  private static void enrolVoice(dev.wsconsole.desktop.shell.PageContext c, Executor background,
                                 javafx.stage.Window window) {
    var vm = new dev.wsconsole.desktop.voice.VoiceEnrolmentViewModel(c.api().voice(c.workspace().id()),
        new dev.wsconsole.voice.capture.MicrophoneSource(), dev.wsconsole.desktop.voice.EnrolmentPassages.DEFAULT,
        background, c.calls().ui());
    dev.wsconsole.desktop.voice.VoiceDialogs.enrol(window, vm);
  }

  private static IsolationPage isolation(dev.wsconsole.desktop.shell.PageContext c, Executor background) {
    IsolationViewModel vm = new IsolationViewModel(c.api().isolation(), background, c.calls().ui(),
        c.workspace() == null ? null : c.workspace().id());
    vm.refresh();
    return new IsolationPage(vm, null);
  }
}
