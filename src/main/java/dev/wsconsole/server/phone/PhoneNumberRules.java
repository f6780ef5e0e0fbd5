package dev.wsconsole.server.phone;

import dev.wsconsole.model.CallForwarding;
import dev.wsconsole.server.core.BodyFields;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.TextRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Pure decisions about phone numbers: E.164 form, the contract's enums and limits, and forwarding. */
public final class PhoneNumberRules {
  public static final List<String> PROVIDERS = List.of("twilio", "livekit");
  public static final List<String> STATUSES = List.of("active", "inactive");
  public static final List<String> CAPABILITIES = List.of("inbound", "outbound");
  public static final int DISPLAY_NAME_MAX = 256;
  public static final int NOTES_MAX = 2000;
  public static final int PROVIDER_SID_MAX = 64;
  /** CreatePhoneNumberRequest allows two capabilities, UpdatePhoneNumberRequest four (duplicates collapse). */
  public static final int CREATE_CAPABILITIES_MAX = 2;
  public static final int UPDATE_CAPABILITIES_MAX = 4;
  static final Set<String> FORWARDING_FIELDS = Set.of("enabled", "forward_to", "should_disconnect");
  /** '+', a non-zero country code digit, then 6-14 more digits: 7 to 15 digits in all, as ITU-T E.164 allows. */
  private static final Pattern E164 = Pattern.compile("^\\+[1-9][0-9]{6,14}$");

  private PhoneNumberRules() {}

  /** A required E.164 number (PhoneE164: 2-16 characters), e.g. +14155550123. */
  public static String e164(BodyFields in, String field) {
    String value = in.string(field, 2, 16);
    if (value == null) {
      throw DomainException.invalid(in.loc(field), "Field required", "missing");
    }
    if (!E164.matcher(value).matches()) {
      throw DomainException.invalid(in.loc(field), "Phone numbers must be E.164: '+', country code and number,"
          + " 7-15 digits, no spaces (e.g. +14155550123)", "value_error");
    }
    return value;
  }

  /** Capabilities from the contract's enum, each once, in the order given. */
  public static List<String> capabilities(BodyFields in, int maxItems) {
    List<String> given = in.strings("capabilities", maxItems, 0, Integer.MAX_VALUE);
    if (given == null) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      TextRules.oneOf(in.loc("capabilities", i), given.get(i), CAPABILITIES);
      if (!out.contains(given.get(i))) {
        out.add(given.get(i));
      }
    }
    return out;
  }

  /** ForwardingConfigRequest; forwarding a number to itself would loop the call, so it is refused. */
  public static CallForwarding forwarding(BodyFields in, String ownNumber) {
    String to = e164(in, "forward_to");
    if (to.equals(ownNumber)) {
      throw DomainException.invalid(in.loc("forward_to"), "A number cannot forward to itself", "value_error");
    }
    Boolean enabled = in.bool("enabled");
    Boolean disconnect = in.bool("should_disconnect");
    return new CallForwarding(enabled == null || enabled, to, disconnect == null || disconnect);
  }
}
