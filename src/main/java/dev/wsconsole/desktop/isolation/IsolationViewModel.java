package dev.wsconsole.desktop.isolation;

import dev.wsconsole.desktop.client.ApiFailure;
import dev.wsconsole.desktop.client.IsolationApi.WorldTotals;
import dev.wsconsole.desktop.client.IsolationApi;
import dev.wsconsole.model.wire.IsolationReport;
import dev.wsconsole.model.wire.TableVerdict;
import dev.wsconsole.model.wire.WorkspaceView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State of the Isolation page: the diagram of every workspace the user can see with live counts, and
 * the verdicts of the server's isolation check. Calls run on {@code background}; results land on {@code ui}.
 */
public final class IsolationViewModel {
  private final IsolationApi api;
  private final Executor background;
  private final Executor ui;
  private final ReadOnlyObjectWrapper<IsolationDiagram> diagram = new ReadOnlyObjectWrapper<>(IsolationDiagram.empty());
  private final ReadOnlyObjectWrapper<DiagramLayout> layout = new ReadOnlyObjectWrapper<>(DiagramLayout.empty());
  private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
  private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper checkSummary = new ReadOnlyStringWrapper("Not run yet.");
  private final ReadOnlyObjectWrapper<Boolean> isolationHolds = new ReadOnlyObjectWrapper<>();
  private final ObservableList<TableVerdictRow> verdicts = FXCollections.observableArrayList();
  private final ObservableList<TableVerdictRow> readOnlyVerdicts = FXCollections.unmodifiableObservableList(verdicts);

  private final UUID preferred;

  public IsolationViewModel(IsolationApi api, Executor background, Executor ui) {
    this(api, background, ui, null);
  }

  /** The same, running the isolation check through {@code preferred} (the shell's current workspace) first. */
  public IsolationViewModel(IsolationApi api, Executor background, Executor ui, UUID preferred) {
    this.api = api;
    this.background = background;
    this.ui = ui;
    this.preferred = preferred;
  }

  /** Loads the workspaces and their counts again. */
  public void refresh() {
    if (loading.get()) {
      return;
    }
    loading.set(true);
    message.set("");
    background.execute(() -> {
      try {
        IsolationDiagram loaded = load();
        DiagramLayout placed = IsolationLayout.layout(loaded);
        ui.execute(() -> {
          diagram.set(loaded);
          layout.set(placed);
          message.set(loaded.isEmpty() ? "You can see no workspace yet." : "");
          loading.set(false);
        });
      } catch (RuntimeException e) {
        ui.execute(() -> {
          message.set(describe(e));
          loading.set(false);
        });
      }
    });
  }

  /** Runs the server's isolation check through the first workspace that allows it. */
  public void proveIsolation() {
    if (checking.get()) {
      return;
    }
    checking.set(true);
    checkSummary.set("Checking every table...");
    List<Candidate> known = new ArrayList<>();
    diagram.get().workspaces().forEach(w -> known.add(new Candidate(w.id(), w.name())));
    background.execute(() -> {
      try {
        List<Candidate> candidates = new ArrayList<>(known.isEmpty()
            ? api.workspaces().stream().map(w -> new Candidate(w.id(), w.name())).toList() : known);
        candidates.sort(Comparator.comparing(w -> !w.id().equals(preferred)));
        Proof proof = prove(candidates);
        ui.execute(() -> show(proof));
      } catch (RuntimeException e) {
        ui.execute(() -> {
          verdicts.clear();
          isolationHolds.set(null);
          checkSummary.set(describe(e));
          checking.set(false);
        });
      }
    });
  }

  private IsolationDiagram load() {
    List<WorkspaceGraph> graphs = new ArrayList<>();
    for (WorkspaceView w : api.workspaces()) {
      graphs.add(graphOf(w, api.world(w.id()), api.total(w.id(), "services"), api.total(w.id(), "phone-numbers"),
          api.total(w.id(), "data-sources")));
    }
    return new IsolationDiagram(graphs);
  }

  static WorkspaceGraph graphOf(WorkspaceView w, WorldTotals world, OptionalLong services, OptionalLong numbers,
                                OptionalLong sources) {
    Map<ResourceKind, List<Tally>> counts = new EnumMap<>(ResourceKind.class);
    counts.put(ResourceKind.WORLD_MODEL, List.of(tally("entities", world.entities()), tally("events", world.events())));
    counts.put(ResourceKind.SERVICES, List.of(tally("services", services)));
    counts.put(ResourceKind.PHONE_NUMBERS, List.of(tally("numbers", numbers)));
    counts.put(ResourceKind.DATA_SOURCES, List.of(tally("sources", sources)));
    return WorkspaceGraph.standard(w.id(), w.name(), w.environment(), counts);
  }

  private static Tally tally(String unit, OptionalLong value) {
    return value.isPresent() ? Tally.of(unit, value.getAsLong()) : Tally.unknown(unit);
  }

  /** The check's answer and the workspace it ran through (null when no workspace allowed it). */
  private record Proof(IsolationReport check, String through) {}

  /** A workspace the check may run through. */
  private record Candidate(UUID id, String name) {}

  private Proof prove(List<Candidate> workspaces) {
    for (Candidate w : workspaces) {
      try {
        return new Proof(api.isolationCheck(w.id()), w.name());
      } catch (ApiFailure e) {
        if (e.status() != 403 && e.status() != 404) {
          throw e;
        }
      }
    }
    return new Proof(null, null);
  }

  private void show(Proof proof) {
    checking.set(false);
    if (proof.check() == null) {
      verdicts.clear();
      isolationHolds.set(null);
      checkSummary.set("Proving isolation needs the Isolation.check permission (owner or admin) in a workspace.");
      return;
    }
    IsolationReport c = proof.check();
    verdicts.setAll(c.tables().stream().map(TableVerdictRow::of).toList());
    long failing = verdicts.stream().filter(v -> !v.passed()).count() + c.roleProblems().size();
    isolationHolds.set(failing == 0);
    long tenant = c.tables().stream().filter(TableVerdict::tenant).count();
    String role = c.roleProblems().isEmpty() ? "role " + c.appRole() + " cannot bypass row-level security"
        : "role problems: " + String.join("; ", c.roleProblems());
    checkSummary.set(String.format("%s: %d tenant tables, %d global, %d failing; %s (PostgreSQL %s, checked through %s).",
        failing == 0 ? "ISOLATION HOLDS" : "ISOLATION BROKEN", tenant, c.tables().size() - tenant, failing, role,
        c.serverVersion(), proof.through()));
  }

  private static String describe(RuntimeException e) {
    return e instanceof ApiFailure ? e.getMessage() : "Could not load: " + e.getClass().getSimpleName();
  }

  public ReadOnlyObjectProperty<IsolationDiagram> diagramProperty() {
    return diagram.getReadOnlyProperty();
  }

  /** The diagram laid out (computed off the UI thread along with the counts). */
  public ReadOnlyObjectProperty<DiagramLayout> layoutProperty() {
    return layout.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty loadingProperty() {
    return loading.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty checkingProperty() {
    return checking.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty checkSummaryProperty() {
    return checkSummary.getReadOnlyProperty();
  }

  /** True or false once the check ran; null before. */
  public ReadOnlyObjectProperty<Boolean> isolationHoldsProperty() {
    return isolationHolds.getReadOnlyProperty();
  }

  public ObservableList<TableVerdictRow> verdicts() {
    return readOnlyVerdicts;
  }
}
