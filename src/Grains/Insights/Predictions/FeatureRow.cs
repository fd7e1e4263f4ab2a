namespace GrainMarketing.Insights.Predictions;

/// <summary>The row ML.NET reads: a feature vector, the rate it should predict and how much the row counts.</summary>
public sealed class FeatureRow
{
    public float[] Features { get; set; } = [];

    public float Label { get; set; }

    public float Weight { get; set; } = 1;
}
