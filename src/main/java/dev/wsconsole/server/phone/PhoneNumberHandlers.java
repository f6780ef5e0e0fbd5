package dev.wsconsole.server.phone;

import dev.wsconsole.model.Page;
import dev.wsconsole.model.PhoneNumber;
import dev.wsconsole.server.audit.AuditRecord;
import dev.wsconsole.server.core.DomainException;
import dev.wsconsole.server.core.TextRules;
import dev.wsconsole.server.http.ApiCall;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** HTTP handlers of /v1/{workspace_id}/phone-numbers: list, create, get, update, delete, and call forwarding. */
public final class PhoneNumberHandlers {
  /** The 409 of a number held anywhere on the platform: deliberately silent about where. */
  static final String ALREADY_REGISTERED = "Phone number already registered on the platform.";
  private final PhoneNumberStore phoneNumbers;

  public PhoneNumberHandlers(PhoneNumberStore phoneNumbers) {
    this.phoneNumbers = phoneNumbers;
  }

  public Object list(ApiCall call) {
    String status = call.query("status");
    if (status != null) {
      TextRules.oneOf(List.of("query", "status"), status, PhoneNumberRules.STATUSES);
    }
    int limit = call.queryInt("limit", 10, 1, 20);
    int offset = call.queryInt("continuation_token", 0, 0, Integer.MAX_VALUE);
    var page = phoneNumbers.list(call.workspaceId(), status, limit, offset);
    return Page.of(page.items(), offset, page.total());
  }

  public Object create(ApiCall call) {
    PhoneNumber draft = PhoneNumberRequestParsing.create(call);
    return translated(() -> phoneNumbers.create(call.workspaceId(), draft,
        audit(call, "phone_number.create")));
  }

  public Object get(ApiCall call) {
    return phoneNumbers.get(call.workspaceId(), id(call)).orElseThrow(PhoneNumberHandlers::notFound);
  }

  public Object update(ApiCall call) {
    UUID id = id(call);
    return change(call, id, PhoneNumberRequestParsing.update(call), "phone_number.update");
  }

  public Object delete(ApiCall call) {
    UUID id = id(call);
    if (!translated(() -> phoneNumbers.delete(call.workspaceId(), id, audit(call, "phone_number.delete")))) {
      throw notFound();
    }
    return null;
  }

  public Object setForwarding(ApiCall call) {
    UUID id = id(call);
    return change(call, id, PhoneNumberRequestParsing.withForwarding(PhoneNumberRequestParsing.forwarding(call)),
        "phone_number.set_forwarding");
  }

  public Object clearForwarding(ApiCall call) {
    return change(call, id(call), n -> PhoneNumberRequestParsing.with(n, null), "phone_number.clear_forwarding");
  }

  private Object change(ApiCall call, UUID id, UnaryOperator<PhoneNumber> change, String action) {
    return translated(() -> phoneNumbers.update(call.workspaceId(), id, change, audit(call, action)))
        .orElseThrow(PhoneNumberHandlers::notFound);
  }

  private static <T> T translated(Supplier<T> work) {
    try {
      return work.get();
    } catch (PhoneNumberStore.AlreadyRegistered e) {
      throw DomainException.conflict(ALREADY_REGISTERED);
    } catch (PhoneNumberStore.UnknownService e) {
      throw DomainException.notFound("Service named by inbound_service_id");
    } catch (PhoneNumberStore.InUse e) {
      throw DomainException.conflict("This phone number has call history and cannot be deleted; set its status to"
          + " 'inactive' instead.");
    }
  }

  private static AuditRecord audit(ApiCall call, String action) {
    return AuditRecord.allowed(call.actor(), action, "", call.requestId());
  }

  private static UUID id(ApiCall call) {
    return call.pathUuid("phone_number_id");
  }

  private static DomainException notFound() {
    return DomainException.notFound("Phone number");
  }
}
