namespace GrainMarketing.Insights.Predictions;

/// <summary>A named feature and the slots of the feature vector it fills (one for a number, one per known value for a category or an audience dimension).</summary>
public sealed record FeatureGroup(string Name, int Start, int Length);
