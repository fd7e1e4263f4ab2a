namespace GrainMarketing.Audit;

/// <summary>Entries newest first; <see cref="Next"/> is the <see cref="AuditQuery.Before"/> of the following page, null after the last.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AuditPage")]
public sealed record AuditPage(
    [property: Id(0)] IReadOnlyList<AuditRecord> Items,
    [property: Id(1)] long? Next)
{
    /// <summary>A page from up to <paramref name="limit"/> + 1 matches, newest first: the one past the limit only says that more follow.</summary>
    public static AuditPage From(IReadOnlyList<AuditRecord> matches, int limit) =>
        matches.Count > limit
            ? new AuditPage([.. matches.Take(limit)], matches[limit - 1].Id)
            : new AuditPage(matches, null);
}
