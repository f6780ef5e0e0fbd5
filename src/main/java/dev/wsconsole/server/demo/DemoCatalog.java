package dev.wsconsole.server.demo;

import java.util.List;
import java.util.Map;

/** The made-up vocabulary of the demo charts (fictional names, clinicians, each clinic's usual conditions). */
final class DemoCatalog {
  private DemoCatalog() {}

  static final List<String> GIVEN_FEMALE = List.of("Amara", "Beatriz", "Chloe", "Dana", "Elif", "Fatima", "Grace",
      "Hana", "Imani", "Jun", "Keiko", "Leila", "Maya", "Nadia", "Olivia", "Priya", "Rosa", "Sofia", "Tamar", "Yara");
  static final List<String> GIVEN_MALE = List.of("Aaron", "Bilal", "Carlos", "Dmitri", "Emeka", "Felipe", "Gabriel",
      "Hiro", "Isaac", "Jamal", "Kofi", "Liam", "Mateo", "Noah", "Omar", "Pavel", "Rafael", "Samuel", "Tomas", "Yusuf");
  static final List<String> FAMILY = List.of("Abara", "Bergstrom", "Castillo", "Delacroix", "Eriksen", "Farouk",
      "Gallagher", "Hoang", "Ivanova", "Jaramillo", "Kowalski", "Lindqvist", "Mbeki", "Nakamura", "Okonkwo", "Petrov",
      "Quintero", "Rasmussen", "Sato", "Thorne", "Umarov", "Valdez", "Whitfield", "Xu", "Yilmaz", "Zamora");
  static final List<String[]> CLINICIANS = List.of(new String[] {"Ada", "Okafor", "MD"},
      new String[] {"Benjamin", "Hartley", "MD"}, new String[] {"Carmen", "Ruiz", "DO"},
      new String[] {"Daniel", "Mwangi", "NP"}, new String[] {"Eva", "Lindgren", "MD"},
      new String[] {"Farid", "Haddad", "PA"});
  /** Per clinic slug: conditions as {SNOMED code, text}. */
  static final Map<String, List<String[]>> CONDITIONS = Map.of(
      "riverside-cardiology", List.of(new String[] {"38341003", "Hypertension"},
          new String[] {"49436004", "Atrial fibrillation"}, new String[] {"84114007", "Heart failure"}),
      "riverside-pediatrics", List.of(new String[] {"195967001", "Asthma"},
          new String[] {"65363002", "Otitis media"}, new String[] {"24079001", "Atopic dermatitis"}),
      "riverside-family-medicine", List.of(new String[] {"44054006", "Type 2 diabetes mellitus"},
          new String[] {"55822004", "Hyperlipidemia"}, new String[] {"38341003", "Hypertension"}),
      "riverside-orthopedics", List.of(new String[] {"239873007", "Osteoarthritis of knee"},
          new String[] {"279039007", "Low back pain"}),
      "riverside-dermatology", List.of(new String[] {"24079001", "Atopic dermatitis"},
          new String[] {"9014002", "Psoriasis"}, new String[] {"88616000", "Acne vulgaris"}));
  /** Visit reasons per appointment, as the scheduling system words them. */
  static final List<String> VISITS = List.of("Follow-up visit", "New patient visit", "Medication review",
      "Annual check-up", "Test results review");
  /** Medications a caller may mention (the voice agent hears them at confidence 0.5). */
  static final List<String> MEDICATIONS = List.of("lisinopril 10 mg", "metformin 500 mg", "atorvastatin 20 mg",
      "albuterol inhaler", "amlodipine 5 mg", "cetirizine 10 mg");
  static final List<String> INSURERS = List.of("Cascade Mutual", "Evergreen Health Plan", "Puget Community Care",
      "Summit Benefit Co-op");
}
