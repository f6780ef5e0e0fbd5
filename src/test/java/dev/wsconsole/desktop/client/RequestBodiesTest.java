package dev.wsconsole.desktop.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.Json;
import dev.wsconsole.model.wire.CallRequests;
import dev.wsconsole.model.wire.OperatorRequests;
import dev.wsconsole.model.wire.PhoneNumberRequests;
import dev.wsconsole.model.wire.VoiceSkipRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The request records the console sends are written in the server's snake_case, and the two whose explicit
 * {@code null} would mean something else on the server (a refused count, a cleared phone-number field) leave it out.
 */
class RequestBodiesTest {
  private static final ObjectMapper JSON = Json.mapper();

  @Test
  void namesAreSnakeCaseAndNullsAreWrittenWhereTheServerReadsThemAsAbsent() throws Exception {
    assertEquals("{\"call_sid\":\"CA1\",\"mode\":\"takeover\",\"participant_call_sid\":null}",
        JSON.writeValueAsString(new OperatorRequests.SwitchMode("CA1", "takeover", null)));
    assertEquals("{\"reason\":\"no_device\",\"detail\":null}",
        JSON.writeValueAsString(new VoiceSkipRequest("no_device", null)));
  }

  @Test
  void aNullSimulationCountIsLeftOut() throws Exception {
    assertEquals("{}", JSON.writeValueAsString(new CallRequests.Simulate(null)));
    assertEquals("{\"count\":5}", JSON.writeValueAsString(new CallRequests.Simulate(5)));
  }

  @Test
  void aPhoneNumberUpdateLeavesNullsOutSoNothingIsCleared() throws Exception {
    UUID service = UUID.fromString("00000000-0000-0000-0000-000000000001");
    assertEquals("{\"display_name\":\"Front desk\",\"inbound_service_id\":\"" + service + "\"}",
        JSON.writeValueAsString(new PhoneNumberRequests.Update("Front desk", null, null, null, service, null, null,
            null)));
  }
}
