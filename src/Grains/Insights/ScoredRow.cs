namespace GrainMarketing.Insights;

/// <summary>The row ML.NET answers: the predicted value.</summary>
public sealed class ScoredRow
{
    public float Score { get; set; }
}
