package dev.wsconsole.server.http;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

/** The type {@code List<item>}, for a route whose answer is a bare JSON array. */
public record ListOf(Type item) implements ParameterizedType {
  @Override
  public Type[] getActualTypeArguments() {
    return new Type[] {item};
  }

  @Override
  public Type getRawType() {
    return List.class;
  }

  @Override
  public Type getOwnerType() {
    return null;
  }
}
