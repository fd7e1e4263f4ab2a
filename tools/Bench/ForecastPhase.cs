using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace GrainMarketing.Bench;

/// <summary>
/// Phase 8, forecast queries: twelve weeks of daily history for <see cref="Campaigns"/> campaigns with a weekly
/// shape and noise are posted; once the tenant summary holds all of it, each series' first query (which fits it)
/// is timed alone, then <c>--query-clients</c> clients ask random series, metrics and horizons for
/// <c>--seconds-per-phase</c> seconds, all answered from the forecast caches.
/// </summary>
internal sealed class ForecastPhase(BenchApi api, BenchOptions options, Report report)
{
    private const string Phase = "8 forecast";
    private const int Campaigns = 20;
    private const int Days = 84;
    private static readonly double[] WeeklyShape = [1.10, 1.15, 1.10, 1.05, 0.95, 0.80, 0.85];
    private static readonly string[] Metrics = ["spend", "impressions", "clicks", "conversions", "conversionValue", "cpa", "roas"];

    public async Task RunAsync(DateOnly today)
    {
        var random = new Random((int)options.Seed);
        var body = new StringBuilder();
        long impressions = 0;
        for (var c = 0; c < Campaigns; c++)
        {
            for (var d = 0; d < Days; d++)
            {
                var scale = (1 + c * 0.1) * WeeklyShape[d % 7] * (1 + 0.1 * (random.NextDouble() - 0.5));
                var shown = (long)(50_000 * scale);
                impressions += shown;
                body.Append(CultureInfo.InvariantCulture,
                    $"{{\"platform\":\"meta\",\"campaignId\":\"forecast-{c}\",\"date\":\"{today.AddDays(d - Days):yyyy-MM-dd}\",\"impressions\":{shown},\"clicks\":{shown / 90},\"spend\":{500 * scale:F2},\"conversions\":{Math.Round(20 * scale)},\"conversionValue\":{Math.Round(20 * scale) * 60}}}\n");
            }
        }

        if (!(await api.PostWithRetriesAsync(Encoding.UTF8.GetBytes(body.ToString()))).Accepted)
        {
            report.Add(Phase, "history posted", "REFUSED: the history was not accepted");
            return;
        }

        var window = $"analytics/summary?window=custom&from={today.AddDays(-Days):yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}";
        var waited = Stopwatch.StartNew();
        while ((await api.GetJsonAsync(window)).GetProperty("totals").GetProperty("impressions").GetInt64() != impressions)
        {
            if (waited.Elapsed > TimeSpan.FromMinutes(2))
            {
                report.Add(Phase, "history applied", "NOT REACHED in 2 minutes");
                return;
            }

            await Task.Delay(200);
        }

        string[] series = ["level=tenant", "level=platform&id=meta", .. Enumerable.Range(0, Campaigns).Select(c => $"level=campaign&id=meta:forecast-{c}")];
        var fits = new List<double>();
        foreach (var query in series)
        {
            var clock = Stopwatch.StartNew();
            await api.GetJsonAsync($"forecast?metric=spend&horizon=28&{query}");
            fits.Add(clock.Elapsed.TotalMilliseconds);
        }

        report.Add(Phase, $"first query of a series (fits every metric: {Days} days, rolling backtest, 90-day horizon)",
            LatencySummary.From(fits, 0, TimeSpan.FromMilliseconds(fits.Sum())).ToString());
        report.Add(Phase, $"cached forecast queries, {options.QueryClients} clients, random series x metric x horizon 1-90", (await CachedAsync(series)).ToString());
    }

    private Task<LatencySummary> CachedAsync(string[] series)
    {
        var random = new Random((int)options.Seed);
        var paths = Enumerable.Range(0, 4096)
            .Select(_ => $"api/v1/tenants/{api.Tenant}/forecast?metric={Metrics[random.Next(Metrics.Length)]}&horizon={random.Next(1, 91)}&{series[random.Next(series.Length)]}")
            .ToArray();
        return ClosedLoop.RunAsync(options.QueryClients, options.PhaseDuration, (client, n) => api.QueryAsync(paths[(client * 7919 + n) % paths.Length]));
    }
}
