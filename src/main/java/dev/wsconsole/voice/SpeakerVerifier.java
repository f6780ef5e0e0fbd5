package dev.wsconsole.voice;

import dev.wsconsole.voice.features.FeatureExtractor;
import dev.wsconsole.voice.features.SpeechFeatures;
import dev.wsconsole.voice.features.UnreadableAudioException;
import dev.wsconsole.voice.model.BackgroundModel;
import dev.wsconsole.voice.model.MapAdapter;
import dev.wsconsole.voice.model.UtteranceScorer;
import dev.wsconsole.voice.model.Voiceprint;
import dev.wsconsole.voice.tuning.VoiceDefaults;
import java.util.ArrayList;
import java.util.List;

/** Enrols speakers from WAV samples and verifies new samples against their voiceprints (GMM-UBM, T-norm). */
public final class SpeakerVerifier {
  private final BackgroundModel model;
  private final FeatureExtractor extractor = new FeatureExtractor();
  private final MapAdapter adapter;

  public SpeakerVerifier(BackgroundModel model) {
    this.model = model;
    this.adapter = new MapAdapter(model.ubm(), VoiceDefaults.MAP_RELEVANCE);
  }

  /** Enrols from one or more WAV samples (16 kHz mono 16-bit); about 15-20 s of speech is ideal. */
  public EnrollmentResult enroll(List<byte[]> wavSamples) {
    List<SpeechFeatures> features = new ArrayList<>();
    for (byte[] wav : wavSamples) {
      try {
        features.add(extractor.features(wav));
      } catch (UnreadableAudioException e) {
        return new EnrollmentResult(null, VoiceDecision.UNREADABLE_AUDIO, 0);
      }
    }
    return enrollFeatures(features);
  }

  /** Enrols from already extracted features. */
  public EnrollmentResult enrollFeatures(List<SpeechFeatures> features) {
    double speech = features.stream().mapToDouble(SpeechFeatures::speechSeconds).sum();
    if (speech == 0) {
      return new EnrollmentResult(null, VoiceDecision.NO_SPEECH, 0);
    }
    if (speech < VoiceDefaults.MIN_ENROLL_SPEECH_SECONDS) {
      return new EnrollmentResult(null, VoiceDecision.TOO_LITTLE_SPEECH, speech);
    }
    float[][] means = adapter.adaptMeans(features);
    Voiceprint print = new Voiceprint(VoiceDefaults.FEATURE_VERSION, model.id(), speech, means);
    return new EnrollmentResult(print.toBytes(), VoiceDecision.ACCEPTED, speech);
  }

  /**
   * Verifies a WAV sample against a voiceprint at the default threshold. {@code cohortVoiceprints} are the
   * other enrolled speakers of the workspace (may be empty; the built-in cohort always takes part).
   */
  public VerificationResult verify(byte[] wav, byte[] voiceprint, List<byte[]> cohortVoiceprints) {
    return verify(wav, voiceprint, cohortVoiceprints, VoiceDefaults.DEFAULT_THRESHOLD);
  }

  /** As {@link #verify(byte[], byte[], List)} with a workspace-specific similarity threshold. */
  public VerificationResult verify(byte[] wav, byte[] voiceprint, List<byte[]> cohortVoiceprints,
      double threshold) {
    SpeechFeatures features;
    try {
      features = extractor.features(wav);
    } catch (UnreadableAudioException e) {
      return VerificationResult.refused(VoiceDecision.UNREADABLE_AUDIO, 0);
    }
    Voiceprint claimed;
    try {
      claimed = compatible(Voiceprint.fromBytes(voiceprint));
    } catch (IllegalArgumentException e) {
      return VerificationResult.refused(VoiceDecision.INCOMPATIBLE_VOICEPRINT, features.speechSeconds());
    }
    List<Voiceprint> cohort = new ArrayList<>();
    for (byte[] bytes : cohortVoiceprints) {
      try {
        cohort.add(compatible(Voiceprint.fromBytes(bytes)));
      } catch (IllegalArgumentException e) {
        // A stale cohort member only weakens normalisation; the built-in cohort still applies.
      }
    }
    return verifyFeatures(features, claimed, cohort, threshold);
  }

  /** Verifies extracted features against parsed voiceprints. */
  public VerificationResult verifyFeatures(SpeechFeatures features, Voiceprint claimed,
      List<Voiceprint> workspaceCohort, double threshold) {
    if (features.speechSeconds() == 0) {
      return VerificationResult.refused(VoiceDecision.NO_SPEECH, 0);
    }
    if (features.speechSeconds() < VoiceDefaults.MIN_VERIFY_SPEECH_SECONDS) {
      return VerificationResult.refused(VoiceDecision.TOO_LITTLE_SPEECH, features.speechSeconds());
    }
    double z = calibratedScore(features, claimed, workspaceCohort);
    double similarity = ScoreCalibration.similarity(z);
    boolean accepted = similarity >= threshold;
    return new VerificationResult(accepted, similarity, z,
        accepted ? VoiceDecision.ACCEPTED : VoiceDecision.LOW_SIMILARITY, features.speechSeconds());
  }

  /** Calibrated score (0 = similarity 0.5) of features against a claimed voiceprint. */
  public double calibratedScore(SpeechFeatures features, Voiceprint claimed, List<Voiceprint> workspaceCohort) {
    UtteranceScorer scorer = new UtteranceScorer(model.ubm(), features, VoiceDefaults.TOP_COMPONENTS);
    double raw = scorer.averageLogLikelihoodRatio(claimed.means());
    List<Double> workspace = new ArrayList<>();
    for (Voiceprint other : workspaceCohort) {
      if (other != claimed) {
        workspace.add(scorer.averageLogLikelihoodRatio(other.means()));
      }
    }
    List<Double> builtIn = workspace.size() < ScoreCalibration.MIN_WORKSPACE_COHORT ? List.of()
        : builtInScores(scorer);
    return ScoreCalibration.calibratedScore(raw, builtIn, workspace);
  }

  /**
   * Calibrated scores of one utterance against each of {@code models}, each normalised with the other
   * models as its workspace cohort (or none); one UBM pass for all. Used by the evaluation.
   */
  public double[] calibratedScoresAgainstEach(SpeechFeatures features, List<Voiceprint> models,
      boolean useOtherModelsAsCohort) {
    UtteranceScorer scorer = new UtteranceScorer(model.ubm(), features, VoiceDefaults.TOP_COMPONENTS);
    List<Double> builtIn = builtInScores(scorer);
    double[] raw = new double[models.size()];
    for (int m = 0; m < raw.length; m++) {
      raw[m] = scorer.averageLogLikelihoodRatio(models.get(m).means());
    }
    double[] calibrated = new double[raw.length];
    for (int m = 0; m < raw.length; m++) {
      List<Double> workspace = new ArrayList<>();
      for (int o = 0; useOtherModelsAsCohort && o < raw.length; o++) {
        if (o != m) {
          workspace.add(raw[o]);
        }
      }
      calibrated[m] = ScoreCalibration.calibratedScore(raw[m], builtIn, workspace);
    }
    return calibrated;
  }

  private List<Double> builtInScores(UtteranceScorer scorer) {
    List<Double> scores = new ArrayList<>();
    for (float[][] means : model.cohort()) {
      scores.add(scorer.averageLogLikelihoodRatio(means));
    }
    return scores;
  }

  private Voiceprint compatible(Voiceprint print) {
    if (print.featureVersion() != VoiceDefaults.FEATURE_VERSION || print.backgroundModelId() != model.id()
        || print.means().length != model.ubm().components()
        || print.means()[0].length != model.ubm().dimension()) {
      throw new IllegalArgumentException("voiceprint from another model");
    }
    return print;
  }
}
