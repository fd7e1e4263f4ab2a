namespace GrainMarketing.Automation;

/// <summary>Paging and filtering shared by the firing logs.</summary>
public static class FiringPages
{
    /// <summary>The page of up to <paramref name="limit"/> from matches read one beyond it; the cursor is set only when more remain.</summary>
    public static FiringPage From(List<StoredFiring> matches, int limit) =>
        matches.Count > limit ? new FiringPage(matches[..limit], matches[limit - 1].Sequence) : new FiringPage(matches, null);

    public static bool Matches(FiringQuery query, RuleFiring firing) =>
        (query.RuleId is null || firing.RuleId == query.RuleId)
        && (query.Target is null || firing.Target == query.Target)
        && (query.Kind is null || firing.Kind == query.Kind)
        && (query.DryRun is null || firing.DryRun == query.DryRun)
        && (query.From is null || firing.At >= query.From)
        && (query.To is null || firing.At < query.To);
}
