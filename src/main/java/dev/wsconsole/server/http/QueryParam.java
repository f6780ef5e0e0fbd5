package dev.wsconsole.server.http;

import java.util.List;

/**
 * A query parameter a route takes: its name and the JSON type of its value ({@code string}, {@code integer},
 * {@code boolean}, or {@code array} for a repeatable one), with an optional format such as {@code date-time}.
 */
public record QueryParam(String name, String type, String format) {
  /** The platform's paging: {@code limit} and {@code continuation_token} (the next offset). */
  public static final List<QueryParam> PAGING = List.of(integer("limit"), integer("continuation_token"));
  /** A searchable, sortable list: {@code search}, {@code sort_by} and {@link #PAGING}. */
  public static final List<QueryParam> LIST = List.of(string("search"), string("sort_by"), integer("limit"),
      integer("continuation_token"));

  /** Paging by offset, which the contract calls {@code offset} and our clients send back as the token. */
  public static final List<QueryParam> OFFSET_PAGING = List.of(integer("limit"), integer("continuation_token"),
      integer("offset"));

  public static QueryParam string(String name) {
    return new QueryParam(name, "string", null);
  }

  public static QueryParam integer(String name) {
    return new QueryParam(name, "integer", null);
  }

  public static QueryParam bool(String name) {
    return new QueryParam(name, "boolean", null);
  }

  public static QueryParam uuid(String name) {
    return new QueryParam(name, "string", "uuid");
  }

  public static QueryParam date(String name) {
    return new QueryParam(name, "string", "date");
  }

  public static QueryParam dateTime(String name) {
    return new QueryParam(name, "string", "date-time");
  }

  /** A parameter that may repeat ({@code ?source_type=a&source_type=b}). */
  public static QueryParam repeated(String name) {
    return new QueryParam(name, "array", null);
  }
}
