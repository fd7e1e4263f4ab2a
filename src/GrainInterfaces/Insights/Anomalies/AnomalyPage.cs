namespace GrainMarketing.Insights.Anomalies;

/// <summary>Anomalies newest first; <see cref="Next"/> is the <see cref="AnomalyQuery.Before"/> of the following page, null after the last.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.AnomalyPage")]
public sealed record AnomalyPage(
    [property: Id(0)] IReadOnlyList<Anomaly> Items,
    [property: Id(1)] long? Next)
{
    /// <summary>A page from up to <paramref name="limit"/> + 1 matches, newest first: the one past the limit only says that more follow.</summary>
    public static AnomalyPage From(IReadOnlyList<Anomaly> matches, int limit) =>
        matches.Count > limit ? new AnomalyPage([.. matches.Take(limit)], matches[limit - 1].Number) : new AnomalyPage(matches, null);
}
