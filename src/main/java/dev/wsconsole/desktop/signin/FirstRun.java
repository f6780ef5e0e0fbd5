package dev.wsconsole.desktop.signin;

import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * First-run setup offered by an embedded backend on an empty database: whether the owner account is still
 * missing, and creating it. The launcher supplies both in-process; a remote server never offers this.
 */
public record FirstRun(BooleanSupplier ownerMissing, BiConsumer<String, char[]> ownerCreator) {
  public boolean needsOwner() {
    return ownerMissing.getAsBoolean();
  }

  /** Creates the first account: IllegalStateException once any account exists, IllegalArgumentException for bad input. */
  public void createOwner(String email, char[] password) {
    ownerCreator.accept(email, password);
  }
}
