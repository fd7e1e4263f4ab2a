using System.Globalization;

namespace GrainMarketing.Dashboard.Insights;

/// <summary>The lines of the competitors page (impression share, or Meta ads): one per advertiser with a value in every period, so no line is drawn through a period it has no number for.</summary>
public static class CompetitorChart
{
    /// <summary>At most this many lines; more are unreadable at phone width.</summary>
    public const int MaxLines = 6;

    /// <param name="periods">The period starts, oldest first.</param>
    /// <param name="rows">Each advertiser's figure by period start; null for "&lt; 10%", "--" or absent.</param>
    public static (string[] Labels, List<(string Name, double[] Values)> Lines, List<string> Left) Build(
        IReadOnlyList<DateOnly> periods, IReadOnlyList<(string Domain, IReadOnlyDictionary<DateOnly, double?> Share)> rows)
    {
        var labels = periods.Select(p => p.ToString("MMM d", CultureInfo.InvariantCulture)).ToArray();
        var lines = new List<(string, double[])>();
        var left = new List<string>();
        foreach (var (domain, share) in rows)
        {
            var values = periods.Select(p => share.TryGetValue(p, out var v) ? v : null).ToArray();
            if (values.All(v => v is not null) && lines.Count < MaxLines)
            {
                lines.Add((domain, [.. values.Select(v => v!.Value)]));
            }
            else
            {
                left.Add(domain);
            }
        }

        return (labels, lines, left);
    }
}
