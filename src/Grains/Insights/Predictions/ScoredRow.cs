namespace GrainMarketing.Insights.Predictions;

/// <summary>The row ML.NET answers: the predicted outcome.</summary>
public sealed class ScoredRow
{
    public float Score { get; set; }
}
