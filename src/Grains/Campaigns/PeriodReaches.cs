using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>The period reach a campaign's sources reported (of the campaign, an ad set or an ad), the latest report of each period and entity.</summary>
/// <remarks>Bounded to <see cref="MaxKept"/>, the periods ending earliest dropped first: an old period's reach is asked for rarely, and its days stay.</remarks>
[GenerateSerializer, Alias("GrainMarketing.PeriodReaches")]
public sealed class PeriodReaches
{
    public const int MaxKept = 500;

    [Id(0)] private readonly List<PeriodReach> _reported = [];

    public int Count => _reported.Count;

    /// <summary>Keeps each report, replacing an earlier one of the same period and entity (platforms restate reach too).</summary>
    public void Record(IEnumerable<PeriodReach> reports)
    {
        foreach (var report in reports)
        {
            _reported.RemoveAll(kept => SameEntity(kept, report.AdSetId, report.AdId) && kept.Period == report.Period);
            _reported.Add(report);
        }

        if (_reported.Count > MaxKept)
        {
            var dropped = _reported.OrderBy(r => r.Period.To).ThenBy(r => r.Period.From).Take(_reported.Count - MaxKept).ToHashSet();
            _reported.RemoveAll(dropped.Contains);
        }
    }

    /// <summary>The reach reported for exactly <paramref name="period"/> of the entity (the campaign when both ids are null), or null.</summary>
    public long? For(DateRange period, string? adSetId = null, string? adId = null) =>
        _reported.LastOrDefault(r => r.Period == period && SameEntity(r, adSetId, adId))?.Reach;

    private static bool SameEntity(PeriodReach report, string? adSetId, string? adId) =>
        string.Equals(report.AdSetId, adSetId, StringComparison.Ordinal) && string.Equals(report.AdId, adId, StringComparison.Ordinal);
}
