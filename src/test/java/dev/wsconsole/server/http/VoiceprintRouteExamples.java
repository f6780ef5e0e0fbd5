package dev.wsconsole.server.http;

import dev.wsconsole.testing.VoiceFixtures;
import dev.wsconsole.voice.Fixtures;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Requests for the voiceprint routes: each turns both voice gates on and acts on the caller's own voice. */
final class VoiceprintRouteExamples {
  private VoiceprintRouteExamples() {}

  static void register(BiConsumer<String, Function<RouteExamples.Fixture, RouteExamples.Request>> add) {
    add.accept("get-voiceprint-policy", f -> new RouteExamples.Request(base(f) + "/policy", null));
    add.accept("enroll-voiceprint", f -> {
      on(f);
      return new RouteExamples.Request(base(f) + "/enroll",
          VoiceFixtures.enrolBody("me", "a_enroll1.wav", "a_enroll2.wav"));
    });
    add.accept("create-voiceprint-challenge", f -> {
      on(f);
      return new RouteExamples.Request(base(f) + "/challenge", null);
    });
    add.accept("verify-voiceprint", f -> {
      on(f);
      UUID user = caller(f);
      VoiceFixtures.enrolDirectly(f.api(), f.workspace(), user);
      UUID challenge = VoiceFixtures.challenge(f.api(), f.workspace(), user);
      return new RouteExamples.Request(base(f) + "/verify",
          VoiceFixtures.verifyBody("me", challenge, Fixtures.wav("a_pass.wav")));
    });
    add.accept("report-voiceprint-skip", f -> new RouteExamples.Request(base(f) + "/skip",
        Map.of("reason", "no_device", "detail", "no capture device")));
    add.accept("get-voiceprint-status", f -> new RouteExamples.Request(base(f) + "/me", null));
    add.accept("delete-voiceprint", f -> {
      VoiceFixtures.enrolDirectly(f.api(), f.workspace(), caller(f));
      return new RouteExamples.Request(base(f) + "/me", null);
    });
  }

  private static void on(RouteExamples.Fixture f) {
    VoiceFixtures.enableVoice(f.api(), f.workspace());
  }

  private static UUID caller(RouteExamples.Fixture f) {
    return VoiceFixtures.userByEmail(f.api(), f.caller().get(), f.owner());
  }

  private static String base(RouteExamples.Fixture f) {
    return RouteExamples.in(f) + "/voiceprints";
  }
}
