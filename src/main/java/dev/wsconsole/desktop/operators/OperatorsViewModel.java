package dev.wsconsole.desktop.operators;

import dev.wsconsole.desktop.client.MembersApi;
import dev.wsconsole.desktop.client.OperatorsApi;
import dev.wsconsole.desktop.shell.PageContext;
import dev.wsconsole.desktop.shell.ServerPages;
import dev.wsconsole.model.Member;
import dev.wsconsole.model.Page;
import dev.wsconsole.model.Permission;
import dev.wsconsole.model.wire.OperatorViews;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The operator roster (server-paged), the live call queue, and the operator the console acts as: by
 * default the roster entry with the signed-in account's email, or any entry picked in the roster. Its
 * call actions (join, switch mode, guidance, leave, wrap-up) go to the server, which checks the rules; an
 * operator's actions as someone else's entry are refused here first, as the server would (decision 0034).
 */
public final class OperatorsViewModel {
  static final int PAGE_SIZE = 10;
  static final int LOG_SIZE = 20;
  private final PageContext context;
  private final OperatorsApi api;
  private final UUID ws;
  private final ServerPages<OperatorViews.Operator> roster;
  private final ObservableList<OperatorViews.QueueItem> queue = FXCollections.observableArrayList();
  private final ReadOnlyObjectWrapper<OperatorState> acting = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private String myEmail;

  public OperatorsViewModel(PageContext context) {
    this.context = context;
    this.api = context.api().operations().operators();
    this.ws = context.workspace().id();
    this.roster = new ServerPages<>(context.calls(), token -> api.list(ws, PAGE_SIZE, token));
    roster.items().addListener((javafx.collections.ListChangeListener<OperatorViews.Operator>) c -> pickMe());
  }

  public ServerPages<OperatorViews.Operator> roster() {
    return roster;
  }

  public ObservableList<OperatorViews.QueueItem> queue() {
    return queue;
  }

  /** The operator the console acts as (null until one is known or picked). */
  public ReadOnlyObjectProperty<OperatorState> actingProperty() {
    return acting.getReadOnlyProperty();
  }

  /** What the last action did, in words. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** Call actions: operators, admins and owners (OPERATOR_ACT); viewers see the page read-only. */
  public boolean mayAct() {
    return context.may(Permission.OPERATOR_ACT);
  }

  /** Adding people to the roster is an administrator's control, not an operator's. */
  public boolean mayManageRoster() {
    return mayAct() && context.may(Permission.MEMBER_MANAGE);
  }

  /**
   * Whether the call actions may act as {@code operator}: as the server rules, one's own roster entry (its email
   * is the account's), or any entry for those who manage members. Unknown until the account's email is read.
   */
  public boolean mayActAs(OperatorViews.Operator operator) {
    return mayAct() && (context.may(Permission.MEMBER_MANAGE)
        || myEmail != null && operator != null && myEmail.equalsIgnoreCase(operator.email()));
  }

  /** Reads who the signed-in account is (to act as their roster entry), the roster's first page and the queue. */
  public void load() {
    if (context.may(Permission.MEMBER_VIEW)) {
      context.calls().run(this::findMyEmail, email -> {
        myEmail = email;
        pickMe();
      });
    }
    roster.reload();
    refreshQueue();
  }

  /** Reads the roster page, the queue and the acting operator again. */
  public void refresh() {
    roster.reload();
    refreshQueue();
    OperatorState s = acting.get();
    if (s != null) {
      actAs(s.operator());
    }
  }

  public void refreshQueue() {
    context.calls().run(() -> api.queue(ws), queue::setAll);
  }

  /** Acts as {@code operator} from now on, reading their current state. */
  public void actAs(OperatorViews.Operator operator) {
    if (operator != null) {
      context.calls().run(() -> state(operator.id()), acting::set);
    }
  }

  public void join(OperatorViews.QueueItem call, String mode) {
    if (call != null) {
      act(op -> "Joined " + call.callSid() + " (" + api.join(ws, op, call.callSid(), mode) + ")");
    }
  }

  public void switchMode(String mode) {
    act(op -> "Now in " + api.switchMode(ws, op, activeCall(), mode) + " mode");
  }

  public void guide(String text) {
    String message = text == null ? "" : text.strip();
    act(op -> "Guidance " + api.guide(ws, op, activeCall(), message));
  }

  public void leave() {
    String sid = activeCall();
    act(op -> {
      api.leave(ws, op, sid);
      return "Left " + sid;
    });
  }

  public void wrapUp(String outcome, String notes) {
    OperatorState s = acting.get();
    String sid = s == null ? null : s.wrapUpCallSid() != null ? s.wrapUpCallSid() : s.operator().activeCallSid();
    act(op -> {
      api.wrapUp(ws, op, sid == null ? "" : sid, outcome, notes == null ? "" : notes.strip());
      return "Wrapped up " + sid + ": " + outcome;
    });
  }

  /** Adds an operator to the roster (administrators). */
  public void add(String name, String email) {
    context.calls().run(() -> api.create(ws, strip(name), strip(email)), added -> {
      message.set("Added " + added.name());
      roster.reload();
    });
  }

  private void act(java.util.function.Function<UUID, String> action) {
    OperatorState s = acting.get();
    if (s == null) {
      message.set("Pick the operator to act as in the roster first.");
      return;
    }
    if (!mayActAs(s.operator())) {
      message.set("You can act only as your own operator record (" + myEmail + "); an admin can act as any.");
      return;
    }
    UUID op = s.operator().id();
    context.calls().run(() -> {
      String done = action.apply(op);
      return new Done(done, state(op));
    }, done -> {
      message.set(done.text());
      acting.set(done.state());
      roster.reload();
      refreshQueue();
    });
  }

  private record Done(String text, OperatorState state) {}

  private String activeCall() {
    OperatorState s = acting.get();
    String sid = s == null ? null : s.operator().activeCallSid();
    return sid == null ? "" : sid;
  }

  private OperatorState state(UUID operator) {
    return OperatorState.of(api.get(ws, operator), api.actions(ws, operator, LOG_SIZE));
  }

  private void pickMe() {
    if (acting.get() == null && myEmail != null) {
      roster.items().stream().filter(o -> myEmail.equalsIgnoreCase(o.email())).findFirst().ifPresent(this::actAs);
    }
  }

  private String findMyEmail() {
    MembersApi members = context.api().members();
    Integer token = null;
    do {
      Page<Member> page = members.list(ws, 20, token);
      for (Member m : page.items()) {
        if (m.userId().equals(context.userId())) {
          return m.email();
        }
      }
      token = page.hasMore() ? page.continuationToken() : null;
    } while (token != null);
    return "";
  }

  private static String strip(String s) {
    return s == null ? "" : s.strip();
  }
}
