package dev.wsconsole.model;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

/** The platform's paginated list: items, has_more, continuation_token (next offset) and total. */
public record Page<T>(List<T> items, boolean hasMore, @Nullable Integer continuationToken, @Nullable Long total) {

  public static <T> Page<T> of(List<T> items, long offset, long total) {
    boolean more = offset + items.size() < total;
    return new Page<>(items, more, more ? (int) (offset + items.size()) : null, total);
  }

  /** The type {@code Page<item>}, for a route's response type. */
  public static Type of(Class<?> item) {
    return new PageType(item);
  }

  private record PageType(Type item) implements ParameterizedType {
    @Override
    public Type[] getActualTypeArguments() {
      return new Type[] {item};
    }

    @Override
    public Type getRawType() {
      return Page.class;
    }

    @Override
    public Type getOwnerType() {
      return null;
    }
  }
}
