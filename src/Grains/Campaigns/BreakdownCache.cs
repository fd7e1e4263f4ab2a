using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>A campaign's breakdowns, each kept until its cells change: a popular campaign is asked far more often than it changes.</summary>
/// <remarks>Holds at most <see cref="MaxEntries"/>, then starts again empty.</remarks>
public sealed class BreakdownCache
{
    public const int MaxEntries = 32;

    private readonly Dictionary<(DateRange Range, string By), (long Version, BreakdownResult Answer)> _answers = [];

    /// <summary>The answer kept for the question, if it was computed at <paramref name="version"/> of the cells.</summary>
    public BreakdownResult? Find(DateRange range, IReadOnlyList<Dimension> dimensions, bool byCreative, long version) =>
        _answers.TryGetValue(Question(range, dimensions, byCreative), out var kept) && kept.Version == version ? kept.Answer : null;

    /// <summary>Groups the range's cells by creative or by the dimensions' values, and keeps the answer for the cells' current version.</summary>
    /// <remarks>The cells are those in memory and the <paramref name="older"/> ones from history.</remarks>
    public BreakdownResult Compute(
        CampaignCells cells, DateRange range, IReadOnlyList<Dimension> dimensions, bool byCreative,
        IReadOnlyList<KeyValuePair<MetricCell, MetricTotals>> older, Freshness freshness)
    {
        MetricTotals unattributed;
        var groups = byCreative
            ? cells.GroupBy(range.From, range.To, cell => cell.AdId, older, out unattributed)
            : cells.GroupByBreakdown(range.From, range.To, breakdown => BreakdownKey(breakdown, dimensions), older, out unattributed);
        var rows = groups.Select(g => new BreakdownRow(g.Key, g.Value)).OrderBy(row => row.Key, StringComparer.Ordinal).ToList();
        var answer = new BreakdownResult(rows, unattributed, freshness);
        if (_answers.Count >= MaxEntries)
        {
            _answers.Clear();
        }

        _answers[Question(range, dimensions, byCreative)] = (cells.Version, answer);
        return answer;
    }

    private static (DateRange, string) Question(DateRange range, IReadOnlyList<Dimension> dimensions, bool byCreative) =>
        (range, byCreative ? "creative" : string.Join(',', dimensions));

    /// <summary>The slice's values of <paramref name="dimensions"/> joined by '|', or null when its source did not report one.</summary>
    private static string? BreakdownKey(Breakdown breakdown, IReadOnlyList<Dimension> dimensions)
    {
        if (dimensions.Count == 1)
        {
            return breakdown.Get(dimensions[0]);
        }

        var values = new string?[dimensions.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if ((values[i] = breakdown.Get(dimensions[i])) is null)
            {
                return null;
            }
        }

        return string.Join('|', values);
    }
}
