package dev.wsconsole.server.world;

import java.util.List;

/** An event batch the store refuses before writing anything: {@code status} 404 or 422, {@code loc} names the field. */
public final class WorldInputException extends RuntimeException {
  private final int status;
  private final List<Object> loc;
  private final String type;

  WorldInputException(int status, List<Object> loc, String msg, String type) {
    super(msg);
    this.status = status;
    this.loc = loc;
    this.type = type;
  }

  public int status() {
    return status;
  }

  public List<Object> loc() {
    return loc;
  }

  public String type() {
    return type;
  }
}
