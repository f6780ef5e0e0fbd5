package dev.wsconsole.desktop.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wsconsole.model.wire.VoicePolicy;
import dev.wsconsole.model.wire.VoiceSkipRequest;
import dev.wsconsole.model.wire.VoiceprintViews;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Voice sign-in calls of one workspace for the signed-in user ({@code /v1/{ws}/voiceprints/...}):
 * the policy, a passphrase challenge, WAV uploads for enrolment and verification, and skip reports.
 * The server decides every verification; this only carries audio and answers.
 */
public final class VoiceApi {
  private static final ObjectMapper JSON = JsonHttp.JSON;
  private static final MediaType WAV = MediaType.get("audio/wav");
  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private final OkHttpClient client;
  private final String base;
  private final String token;

  public VoiceApi(String baseUrl, String token, UUID workspace) {
    this.client = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(30)).build();
    this.base = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl)
        + "/v1/" + workspace + "/voiceprints";
    this.token = token;
  }

  /** Whether voice sign-in applies here, and whether this user has a voiceprint. */
  public VoicePolicy policy() {
    return send(new Request.Builder().url(base + "/policy").get(), VoicePolicy.class);
  }

  /** A passphrase to read once, within its expiry. */
  public VoiceprintViews.Challenge challenge() {
    return send(new Request.Builder().url(base + "/challenge").post(RequestBody.create(new byte[0], JSON_TYPE)),
        VoiceprintViews.Challenge.class);
  }

  /** Uploads one recording of the challenge's passphrase; the server's decision. */
  public VoiceprintViews.Verified verify(UUID challenge, byte[] wav) {
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("entity_id", "me").addFormDataPart("challenge_id", challenge.toString())
        .addFormDataPart("audio", "passphrase.wav", RequestBody.create(wav, WAV)).build();
    return send(new Request.Builder().url(base + "/verify").post(body), VoiceprintViews.Verified.class);
  }

  /** Uploads the recordings of the enrolment passages; the server computes and stores the voiceprint. */
  public void enroll(List<byte[]> recordings) {
    MultipartBody.Builder body = new MultipartBody.Builder().setType(MultipartBody.FORM).addFormDataPart("entity_id", "me");
    for (int i = 0; i < recordings.size(); i++) {
      body.addFormDataPart("audio", "passage-" + (i + 1) + ".wav", RequestBody.create(recordings.get(i), WAV));
    }
    send(new Request.Builder().url(base + "/enroll").post(body.build()), VoiceprintViews.Enrolled.class);
  }

  /** Tells the server the voice step was skipped and why (it audits and rate-limits it); the workspace opens. */
  public void skip(String reason, String detail) {
    try {
      byte[] json = JSON.writeValueAsBytes(new VoiceSkipRequest(reason, detail));
      send(new Request.Builder().url(base + "/skip").post(RequestBody.create(json, JSON_TYPE)),
          VoiceprintViews.Skipped.class);
    } catch (IOException e) {
      throw new ApiFailure(0, "Could not write the skip report");
    }
  }

  private <T> T send(Request.Builder request, Class<T> answer) {
    Request r = request.header("Authorization", "Bearer " + token).header("Accept", "application/json").build();
    try (Response response = client.newCall(r).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      if (!response.isSuccessful()) {
        throw new ApiFailure(response.code(), ApiFailure.detailOf(text, response.code()),
            ApiFailure.codeOf(text));
      }
      return JSON.readValue(text, answer);
    } catch (IOException e) {
      throw new ApiFailure(0, "The server did not answer: " + e.getMessage());
    }
  }
}
