package dev.wsconsole.server.http;

import java.lang.reflect.Type;

/**
 * A partial update of a record: the body may carry any of its fields, each optional (an absent field keeps
 * its value). The OpenAPI document shows the record's properties with none required.
 */
public record Partial(Class<? extends Record> of) implements Type {
  public static Partial of(Class<? extends Record> record) {
    return new Partial(record);
  }

  @Override
  public String getTypeName() {
    return "Partial<" + of.getSimpleName() + ">";
  }
}
