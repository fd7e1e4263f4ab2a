namespace GrainMarketing.Insights;

/// <summary>The row ML.NET reads, for every model of the insights: a feature vector, the value to learn and how much the row counts.</summary>
public sealed class FeatureRow
{
    public float[] Features { get; set; } = [];

    public float Label { get; set; }

    public float Weight { get; set; } = 1;
}
