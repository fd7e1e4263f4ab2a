namespace GrainMarketing.Metrics;

/// <summary>A platform whose numbers are absent from a figure broken down by dimensions it could not report together.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MissingSource")]
public sealed record MissingSource([property: Id(0)] string Platform, [property: Id(1)] string Reason);

/// <summary>Sources differ in what they can break down together (the Google Ads API cannot report age and gender in one breakdown).</summary>
/// <remarks>
/// A figure crossing dimensions a source never reported together must say which sources it lacks and why,
/// instead of silently mixing incomparable numbers.
/// </remarks>
public static class BreakdownCoverage
{
    /// <summary>The platforms among <paramref name="reported"/> that cannot contribute to a breakdown by <paramref name="requested"/>.</summary>
    public static IReadOnlyList<MissingSource> Missing(Dimensions requested, IEnumerable<(AdPlatform Platform, IReadOnlyList<Dimensions> Reported)> reported)
    {
        var missing = new List<MissingSource>();
        foreach (var (platform, combinations) in reported)
        {
            if (combinations.Any(combination => (combination & requested) == requested))
            {
                continue;
            }

            var partial = combinations.Select(combination => combination & requested).Where(part => part != Dimensions.None).Distinct().ToList();
            var reason = partial.Count == 0
                ? $"reports no {Names(requested)} breakdown"
                : $"reports {string.Join(" and ", partial.Select(Names))} but never {Names(requested)} together";
            missing.Add(new MissingSource(platform.ToString().ToLowerInvariant(), reason));
        }

        return missing;
    }

    private static string Names(Dimensions dimensions) =>
        string.Join("+", Enum.GetValues<Dimensions>().Where(d => d != Dimensions.None && dimensions.HasFlag(d)).Select(d => d.ToString().ToLowerInvariant()));
}
