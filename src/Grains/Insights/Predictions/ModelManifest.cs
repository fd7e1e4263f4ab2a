namespace GrainMarketing.Insights.Predictions;

/// <summary>The part of a model package that is not trees: the feature schema, each outcome's calibration, and the mean training vector explanations compare a plan with.</summary>
public sealed record ModelManifest(FeatureSchema Schema, IReadOnlyList<OutcomeCalibration> Outcomes, IReadOnlyList<float> MeanFeatures, int Seed);
