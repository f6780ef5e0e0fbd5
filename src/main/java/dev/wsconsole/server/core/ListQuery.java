package dev.wsconsole.server.core;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The platform's list parameters: {@code search} (1-200 characters), {@code sort_by} (a field name,
 * {@code -} in front for descending, from an allow-list), {@code limit} (1-20) and
 * {@code continuation_token} (the next offset). Sort columns are SQL chosen by the caller, never user text.
 */
public record ListQuery(String search, String sortColumn, boolean descending, int limit, int offset) {

  /**
   * Reads the list parameters from {@code query} (a query parameter's value by name, null when absent);
   * {@code sortable} maps wire names to SQL column expressions.
   */
  public static ListQuery from(UnaryOperator<String> query, Map<String, String> sortable, String defaultSort) {
    String search = query.apply("search");
    if (search != null && (search.isEmpty() || search.length() > 200)) {
      throw DomainException.invalid(List.of("query", "search"), "String should have 1 to 200 characters",
          search.isEmpty() ? "string_too_short" : "string_too_long");
    }
    String sort = query.apply("sort_by");
    sort = sort == null || sort.isEmpty() ? defaultSort : sort;
    boolean descending = sort.startsWith("-");
    String field = descending ? sort.substring(1) : sort.startsWith("+") ? sort.substring(1) : sort;
    String column = sortable.get(field);
    if (column == null) {
      throw DomainException.invalid(List.of("query", "sort_by"), "Sort by one of " + String.join(", ",
          sortable.keySet().stream().sorted().toList()) + " (prefix '-' for descending)", "enum");
    }
    int limit = Params.integer(List.of("query", "limit"), query.apply("limit"), 10, 1, 20);
    int offset = Params.integer(List.of("query", "continuation_token"), query.apply("continuation_token"), 0, 0,
        Integer.MAX_VALUE);
    return new ListQuery(search, column, descending, limit, offset);
  }

  /** An ORDER BY clause body; {@code tieBreaker} keeps pages stable when sort values repeat. */
  public String orderBy(String tieBreaker) {
    return sortColumn + (descending ? " DESC" : " ASC") + ", " + tieBreaker;
  }

  /** The search as an ILIKE pattern with its wildcards escaped, or null for no search. */
  public String searchPattern() {
    if (search == null) {
      return null;
    }
    return "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
