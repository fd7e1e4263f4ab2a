namespace GrainMarketing.Alerts;

/// <summary>Alerts newest first; <see cref="Next"/> is the <see cref="AlertHistoryQuery.Before"/> of the following page, null after the last.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AlertHistoryPage")]
public sealed record AlertHistoryPage(
    [property: Id(0)] IReadOnlyList<AlertHistoryEntry> Items,
    [property: Id(1)] long? Next)
{
    /// <summary>A page from up to <paramref name="limit"/> + 1 matches, newest first: the one past the limit only says that more follow.</summary>
    public static AlertHistoryPage From(IReadOnlyList<AlertHistoryEntry> matches, int limit) =>
        matches.Count > limit
            ? new AlertHistoryPage([.. matches.Take(limit)], matches[limit - 1].Id)
            : new AlertHistoryPage(matches, null);
}
