package dev.wsconsole.desktop.phones;

import dev.wsconsole.desktop.client.PhoneNumbersApi;
import dev.wsconsole.desktop.client.ServicesApi.Choice;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.desktop.shell.ServerPages;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.PhoneNumber;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A workspace's phone numbers, a page at a time: add an E.164 number routed to a service, delete one. */
public final class PhoneNumbersViewModel {
  static final int PAGE_SIZE = 10;
  private final PageContext context;
  private final PhoneNumbersApi api;
  private final UUID ws;
  private final ServerPages<PhoneNumber> pages;
  private final ObservableList<Choice> services = FXCollections.observableArrayList();

  public PhoneNumbersViewModel(PageContext context) {
    this.context = context;
    this.api = context.api().phoneNumbers();
    this.ws = context.workspace().id();
    this.pages = new ServerPages<>(context.calls(), token -> api.list(ws, PAGE_SIZE, token));
  }

  public ObservableList<PhoneNumber> numbers() {
    return pages.items();
  }

  public ObservableList<Choice> services() {
    return services;
  }

  /** The server-paged list behind the table (for its pager bar). */
  public ServerPages<PhoneNumber> pages() {
    return pages;
  }

  public boolean mayManage() {
    return context.may(Permission.PHONE_NUMBER_MANAGE);
  }

  /** Loads the first page and, for those who may add, the service picker. */
  public void load() {
    pages.reload();
    if (mayManage() && context.may(Permission.SERVICE_VIEW)) {
      context.calls().run(() -> context.api().services().choices(ws), services::setAll);
    }
  }

  /** Adds a number; a malformed or taken number comes back as the server's detail in the notification bar. */
  public void add(String phoneNumber, String displayName, Choice service) {
    String number = phoneNumber == null ? "" : phoneNumber.strip();
    String name = displayName == null ? "" : displayName.strip();
    context.calls().run(() -> api.add(ws, number, name, service == null ? null : service.id()), added -> pages.reload());
  }

  public void delete(PhoneNumber number) {
    context.calls().run(() -> {
      api.delete(ws, number.id());
      return true;
    }, done -> pages.reload());
  }
}
