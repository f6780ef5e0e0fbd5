package dev.wsconsole.server.workspace;

import dev.wsconsole.model.Environment;
import dev.wsconsole.model.EnvironmentPolicy;
import dev.wsconsole.server.core.DomainException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Pure decisions about workspaces: slug, name, region and number rules, and conversion warnings. */
public final class WorkspaceRules {
  public static final Set<String> REGIONS = Set.of("us-east-1", "ap-southeast-2", "eu-central-1", "ca-central-1");
  private static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]*[a-z0-9]$");
  private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

  private WorkspaceRules() {}

  public static String slug(String slug, List<Object> loc) {
    if (slug == null) {
      throw DomainException.invalid(loc, "Field required", "missing");
    }
    if (slug.length() < 2 || slug.length() > 63 || !SLUG.matcher(slug).matches()) {
      throw DomainException.invalid(loc, "Slug must be 2-63 characters of a-z, 0-9 and '-', starting and ending with"
          + " a letter or digit", "string_pattern_mismatch");
    }
    return slug;
  }

  public static String name(String name, List<Object> loc) {
    if (name == null) {
      throw DomainException.invalid(loc, "Field required", "missing");
    }
    String stripped = name.strip();
    if (stripped.isEmpty() || stripped.length() > 256) {
      throw DomainException.invalid(loc, "Name must be 1-256 characters after trimming spaces", "string_too_short");
    }
    return stripped;
  }

  public static String region(String region, List<Object> loc) {
    if (region == null) {
      return "us-east-1";
    }
    if (!REGIONS.contains(region)) {
      throw DomainException.invalid(loc, "Input should be 'us-east-1', 'ap-southeast-2', 'eu-central-1' or"
          + " 'ca-central-1'", "enum");
    }
    return region;
  }

  public static List<String> phoneNumbers(List<String> numbers, List<Object> loc) {
    if (numbers == null) {
      throw DomainException.invalid(loc, "Field required", "missing");
    }
    if (numbers.size() > 100) {
      throw DomainException.invalid(loc, "List should have at most 100 items", "too_long");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      String n = numbers.get(i);
      if (n == null || !E164.matcher(n).matches()) {
        List<Object> at = new ArrayList<>(loc);
        at.add(i);
        throw DomainException.invalid(at, "Phone numbers must be E.164, like +14155550123", "value_error");
      }
      if (!out.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /** What converting from {@code current} to {@code target} changes, each warning concrete. */
  public static List<String> conversionWarnings(Environment current, Environment target) {
    List<String> warnings = new ArrayList<>();
    if (current == target) {
      warnings.add("The workspace is already " + target.wireName() + "; converting changes nothing.");
      return warnings;
    }
    EnvironmentPolicy from = current.policy();
    EnvironmentPolicy to = target.policy();
    if (!from.idleTimeout().equals(to.idleTimeout())) {
      warnings.add("Signed-in sessions' idle timeout changes from " + minutes(from) + " to " + minutes(to)
          + "; sessions idle longer than that are signed out at once.");
    }
    if (!from.absoluteSessionLimit().equals(to.absoluteSessionLimit())) {
      warnings.add("The absolute session limit changes from " + from.absoluteSessionLimit().toHours() + " h to "
          + to.absoluteSessionLimit().toHours() + " h; older sessions end at once.");
    }
    if (from.hitrustControls() != to.hitrustControls()) {
      warnings.add(to.hitrustControls()
          ? "HITRUST controls turn on: strict HIPAA idle timeouts, enhanced audit retention and production"
              + " minimums on retention settings."
          : "HITRUST controls turn off: sessions and retention return to relaxed defaults.");
    }
    if (from.defaultAuditRetentionDays() != to.defaultAuditRetentionDays()) {
      warnings.add("Audit retention default changes from " + from.defaultAuditRetentionDays() + " to "
          + to.defaultAuditRetentionDays() + " days" + (to.minimumAuditRetentionDays() > from.minimumAuditRetentionDays()
              ? "; retention shorter than " + to.minimumAuditRetentionDays() + " days will be refused." : "."));
    }
    if (target == Environment.PRODUCTION) {
      warnings.add("Production handles real patient data (PHI): test caller numbers and simulated calls stay,"
          + " but every access is audited as PHI access.");
    }
    return warnings;
  }

  private static String minutes(EnvironmentPolicy p) {
    return p.idleTimeout().toMinutes() + " min";
  }
}
