package dev.wsconsole.server.http;

import java.lang.reflect.Type;
import java.util.List;

/**
 * A request body that is one of several records (a single world event or a batch of them): the OpenAPI
 * document shows {@code oneOf} their schemas, and the handler may read the body as any of them.
 */
public record OneOf(List<Class<?>> types) implements Type {
  public static OneOf of(Class<?>... types) {
    return new OneOf(List.of(types));
  }

  @Override
  public String getTypeName() {
    return "oneOf" + types.stream().map(Class::getSimpleName).toList();
  }
}
