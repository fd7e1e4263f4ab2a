namespace GrainMarketing.Insights.Predictions;

/// <summary>A tenant's stored model versions, newest first, and the number of the live one.</summary>
public sealed record RegisteredModels(IReadOnlyList<OutcomeModelVersion> Versions, int? LiveVersion)
{
    public static readonly RegisteredModels None = new([], null);
}
