package dev.wsconsole.desktop.shell;

import dev.wsconsole.model.Permission;
import java.util.function.Function;
import javafx.scene.Node;

/** A sidebar entry: its id, its title, the permission it needs to show (null: everyone) and how to build it. */
public record PageSpec(String id, String title, Permission needs, Function<PageContext, Node> build) {}
