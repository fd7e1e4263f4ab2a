namespace GrainMarketing.Profiles;

/// <summary>Filtering and paging shared by the customer stores' change queries.</summary>
public static class PatternChangePages
{
    /// <summary>The page of up to <paramref name="limit"/> from matches read one beyond it, newest first; the cursor is set only when more remain.</summary>
    public static PatternChangePage From(List<StoredPatternChange> matches, int limit) =>
        matches.Count > limit ? new PatternChangePage(matches[..limit], matches[limit - 1].Id) : new PatternChangePage(matches, null);

    public static bool Matches(PatternChangeQuery query, StoredPatternChange change) =>
        (query.Before is null || change.Id < query.Before)
        && (query.After is null || change.Id > query.After)
        && (query.Pattern is null || change.Pattern == query.Pattern)
        && (query.UserId is null || string.Equals(change.UserId, query.UserId, StringComparison.Ordinal))
        && (query.Entered is null || change.Entered == query.Entered)
        && (query.From is null || change.At >= query.From)
        && (query.To is null || change.At < query.To);
}
