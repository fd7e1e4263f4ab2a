using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using GrainMarketing.Insights.Recommendations;

namespace GrainMarketing.Bench;

/// <summary>
/// Phase 11, a tenant's recommendations through the running system: a planted tenant of <see cref="Campaigns"/>
/// campaigns (creatives × age-gender segments × days, about a million snapshot cells) is posted, and once the tenant
/// summary holds every impression, <c>POST …/recommendations/generate</c> is timed twice: the first run reads every
/// campaign's evidence from its grain and fits the live campaigns' response curves, the second finds the curves cached.
/// </summary>
/// <remarks>Snapshots carry no arrival hours, so the planted daypart cannot be found this way (the in-process phase judges it).</remarks>
internal sealed class RecommendationsLivePhase(BenchApi api, BenchOptions options, Report report)
{
    private const string Phase = "11 recommendations";
    private const int Campaigns = 1000;
    private const int LinesPerPost = 20_000;

    public async Task RunAsync(DateOnly today)
    {
        var planted = PlantedTenant.Generate((int)options.Seed, planted: true, today.AddDays(-1), Campaigns);
        var clock = Stopwatch.StartNew();
        foreach (var chunk in planted.Cells.Chunk(LinesPerPost))
        {
            if (!(await api.PostWithRetriesAsync(Ndjson(chunk))).Accepted)
            {
                report.Add(Phase, "planted tenant posted", "REFUSED: a batch was not accepted");
                return;
            }
        }

        var impressions = planted.Cells.Sum(c => c.Totals.Impressions);
        var window = $"analytics/summary?window=custom&from={planted.Cells.Min(c => c.Date):yyyy-MM-dd}&to={planted.To:yyyy-MM-dd}";
        while ((await api.GetJsonAsync(window)).GetProperty("totals").GetProperty("impressions").GetInt64() != impressions)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(10))
            {
                report.Add(Phase, "planted tenant applied", "NOT REACHED in 10 minutes");
                return;
            }

            await Task.Delay(500);
        }

        report.Add(Phase, $"{Campaigns:N0} campaigns, {planted.Cells.Count:N0} cells posted and applied", $"{clock.Elapsed.TotalSeconds:N1} s");
        foreach (var run in new[] { "first run (evidence read from the grains, response curves fitted)", "second run (curves cached)" })
        {
            clock.Restart();
            await api.CreateAsync("recommendations/generate", new { });
            var took = clock.Elapsed.TotalSeconds;
            var open = await OpenAsync();
            report.Add(Phase, run, $"{took:N1} s; {open.Count} open, {planted.Truths.Count(open.Contains)} of {planted.Truths.Count} planted truths");
        }
    }

    /// <summary>Every open recommendation's fingerprint, page by page.</summary>
    private async Task<HashSet<string>> OpenAsync()
    {
        var found = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? after = null;
        do
        {
            var page = await api.GetJsonAsync($"recommendations?status=open&limit=500{(after is null ? "" : $"&after={after}")}");
            found.UnionWith(page.GetProperty("items").EnumerateArray().Select(Fingerprint));
            after = page.GetProperty("next") is { ValueKind: JsonValueKind.Number } next ? next.GetRawText() : null;
        }
        while (after is not null);
        return found;
    }

    private static string Fingerprint(JsonElement recommendation) =>
        $"{recommendation.GetProperty("kind").GetString()}|{recommendation.GetProperty("target").GetString()}";

    private static byte[] Ndjson(IEnumerable<PlantedCell> cells)
    {
        var body = new StringBuilder();
        foreach (var cell in cells)
        {
            var (platform, campaign) = (cell.Campaign[..cell.Campaign.IndexOf(':')], cell.Campaign[(cell.Campaign.IndexOf(':') + 1)..]);
            var totals = cell.Totals;
            body.Append(CultureInfo.InvariantCulture,
                $"{{\"platform\":\"{platform}\",\"campaignId\":\"{campaign}\",\"status\":\"active\",\"date\":\"{cell.Date:yyyy-MM-dd}\",\"adSetId\":\"{cell.AdSet}\",\"adId\":\"{cell.Creative}\",\"age\":\"{cell.Age}\",\"gender\":\"{cell.Gender}\",")
                .Append(CultureInfo.InvariantCulture,
                $"\"impressions\":{totals.Impressions},\"reach\":{totals.Reach},\"clicks\":{totals.Clicks},\"spend\":{totals.Spend},\"conversions\":{totals.Conversions},\"conversionValue\":{totals.ConversionValue},\"kind\":\"snapshot\"}}\n");
        }

        return Encoding.UTF8.GetBytes(body.ToString());
    }
}
