namespace GrainMarketing.Insights.Predictions;

/// <summary>The row ML.NET reads: a feature vector and the outcome it should predict.</summary>
public sealed class FeatureRow
{
    public float[] Features { get; set; } = [];

    public float Label { get; set; }
}
