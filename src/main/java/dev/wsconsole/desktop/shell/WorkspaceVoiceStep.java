package dev.wsconsole.desktop.shell;

import dev.wsconsole.model.wire.WorkspaceView;
import java.util.function.Consumer;

/**
 * The voice step of sign-in, run by the shell for a workspace the server keeps closed to this session until then
 * (its 403 {@code voice_verification_required}); the console shows the voice dialog.
 */
@FunctionalInterface
public interface WorkspaceVoiceStep {
  /** No voice step: a workspace that asks for one stays closed. */
  WorkspaceVoiceStep NONE = (workspace, passed) -> passed.accept(false);

  /** Runs the step for {@code workspace} on the UI thread, then tells {@code passed} whether it may open now. */
  void run(WorkspaceView workspace, Consumer<Boolean> passed);
}
