package dev.wsconsole.server.fhir;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;

/** Pure conversions of FHIR R4 data types into plain JSON-ready values for event data. */
public final class FhirValues {
  private FhirValues() {}

  /** A coded concept as {@code {text, system, code, display}} of its first coding; null when empty. */
  public static Map<String, Object> concept(CodeableConcept c) {
    if (c == null || c.isEmpty()) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    Coding first = c.getCodingFirstRep();
    put(out, "system", first.getSystem());
    put(out, "code", first.getCode());
    put(out, "display", first.getDisplay());
    put(out, "text", c.hasText() ? c.getText() : first.getDisplay());
    return out;
  }

  /** The first concept of a list, or null. */
  public static Map<String, Object> firstConcept(List<CodeableConcept> list) {
    return list == null || list.isEmpty() ? null : concept(list.get(0));
  }

  /** "Given Family" of the official (else first) name; empty when there is none. */
  public static String name(List<HumanName> names) {
    HumanName chosen = names.stream().filter(n -> n.getUse() == HumanName.NameUse.OFFICIAL).findFirst()
        .orElse(names.isEmpty() ? null : names.get(0));
    if (chosen == null) {
      return "";
    }
    if (chosen.hasText()) {
      return chosen.getText().strip();
    }
    return (chosen.getGivenAsSingleString() + " " + (chosen.hasFamily() ? chosen.getFamily() : "")).strip();
  }

  /** The first identifier's value, or null. */
  public static String identifier(List<Identifier> ids) {
    return ids.isEmpty() || !ids.get(0).hasValue() ? null : ids.get(0).getValue();
  }

  /** A reference's {@code Type/id} when it points at a resource of one of {@code types}; else null. */
  public static String key(Reference ref, String... types) {
    if (ref == null || !ref.hasReference()) {
      return null;
    }
    String[] parts = ref.getReferenceElement().getValue().split("/");
    if (parts.length < 2) {
      return null;
    }
    String type = parts[parts.length - 2];
    String id = parts[parts.length - 1];
    for (String t : types) {
      if (t.equals(type)) {
        return type + "/" + id;
      }
    }
    return null;
  }

  public static Instant instant(Date d) {
    return d == null ? null : d.toInstant();
  }

  public static String iso(Date d) {
    return d == null ? null : d.toInstant().toString();
  }

  /** Start and end of a period as ISO instants, or null when empty. */
  public static Map<String, Object> period(Period p) {
    if (p == null || p.isEmpty()) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    put(out, "start", iso(p.getStart()));
    put(out, "end", iso(p.getEnd()));
    return out;
  }

  /** Puts a value unless it is null or empty text. */
  public static void put(Map<String, Object> map, String key, Object value) {
    if (value != null && !(value instanceof String s && s.isEmpty())) {
      map.put(key, value);
    }
  }
}
