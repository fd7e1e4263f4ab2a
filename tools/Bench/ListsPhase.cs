using System.Globalization;
using System.Text;

namespace GrainMarketing.Bench;

/// <summary>
/// Phase 7, campaign lists and segment rankings by tenant size: for each of <c>--list-campaigns</c> a
/// tenant of its own gets that many campaigns with skewed numbers over the last seven days (a few
/// campaigns take most of the spend, some run only a few days, one in seven is paused), then
/// <c>--query-clients</c> clients ask each list question for <c>--seconds-per-phase</c>, without
/// background ingestion.
/// </summary>
internal sealed class ListsPhase(BenchOptions options, Report report)
{
    private const string Phase = "7 lists";
    private const int Days = 7;
    private static readonly string[] Platforms = ["meta", "google", "tiktok"];
    private static readonly string[] AgeBands = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"];
    private static readonly string[] Genders = ["female", "male"];
    private static readonly string[] Countries = ["US", "GB", "DE", "FR", "BR"];

    private static readonly (string Name, string Path)[] Questions =
    [
        ("campaign list: 7d, sorted by spend, page 2 of 50", "campaigns?window=7d&sort=spend&order=desc&page=2&pageSize=50"),
        ("campaign list: 30d, google and active, sorted by roas, 20", "campaigns?window=30d&platform=google&status=active&sort=roas&order=desc&pageSize=20"),
        ("segment ranking: age x gender, 7d, by roas, minSpend 1", "demographics/segments?dimension=age,gender&window=7d&metric=roas&minSpend=1"),
    ];

    public async Task RunAsync()
    {
        foreach (var campaigns in options.ListCampaigns)
        {
            var tenant = $"list{campaigns}-{Guid.NewGuid():N}"[..16];
            using var api = await BenchApi.CreateAsync(options.Api, tenant, options.QueryClients + options.Concurrency + 8);
            var (rows, impressions) = await LoadAsync(api, campaigns);
            report.Add(Phase, $"{campaigns:N0} campaigns: tenant {tenant} loaded", $"{rows:N0} rows, {impressions:N0} impressions, one campaign in seven paused");
            foreach (var (name, path) in Questions)
            {
                Report.Progress($"lists: {campaigns:N0} campaigns, {name}, {options.QueryClients} clients");
                var url = $"api/v1/tenants/{tenant}/{path}";
                var summary = await ClosedLoop.RunAsync(options.QueryClients, options.PhaseDuration, (_, _) => api.QueryAsync(url));
                report.Add(Phase, $"{campaigns:N0} campaigns: {name}, {options.QueryClients} clients", summary.ToString());
            }
        }
    }

    /// <summary>
    /// Sends every campaign's rows and waits until the tenant summary holds them, then pauses one in seven
    /// and waits until the list shows every campaign and the paused ones.
    /// </summary>
    public async Task<(long Rows, long Impressions)> LoadAsync(BenchApi api, int campaigns)
    {
        var lines = Enumerable.Range(0, campaigns).SelectMany(c => Rows(c, campaigns)).ToList();
        var impressions = lines.Sum(line => line.Impressions);
        var batches = lines.Chunk(options.Batch).ToList();
        await InParallelAsync(batches.Count, async batch =>
        {
            var body = Encoding.UTF8.GetBytes(string.Concat(batches[batch].Select(line => line.Json)));
            if (!(await api.PostWithRetriesAsync(body)).Accepted)
            {
                throw new InvalidOperationException($"lists: batch {batch} was refused");
            }
        });
        await UntilAsync($"{impressions:N0} impressions in the summary", async () => (await api.TenantTotalsAsync())?.Impressions == impressions);

        var paused = Enumerable.Range(0, campaigns).Where(c => c % 7 == 0).ToList();
        await InParallelAsync(paused.Count, async n =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await api.PatchAsync($"campaigns/{Platform(paused[n])}:cmp-{paused[n]:D5}", new { status = "paused", name = $"Campaign {paused[n]}" });
                    return;
                }
                catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException && attempt < 5)
                {
                    await Task.Delay(1_000 * attempt);
                }
            }
        });
        await UntilAsync($"{campaigns:N0} campaigns listed, {paused.Count:N0} paused", async () =>
            (await api.GetJsonAsync("campaigns?window=7d&pageSize=1")).GetProperty("total").GetInt32() == campaigns
            && (await api.GetJsonAsync("campaigns?window=7d&pageSize=1&status=paused")).GetProperty("total").GetInt32() == paused.Count);
        return (lines.Count, impressions);
    }

    private async Task InParallelAsync(int count, Func<int, Task> send)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
        {
            for (int n; (n = Interlocked.Increment(ref next)) < count;)
            {
                await send(n);
            }
        })));
    }

    /// <summary>
    /// Polls until the condition holds; a new tenant's first campaigns register one by one, so this can
    /// take minutes, and a list may answer 404 meanwhile (a campaign registered whose grain has not heard so).
    /// </summary>
    private static async Task UntilAsync(string what, Func<Task<bool>> done)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!await DoneAsync(done))
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(10))
            {
                throw new InvalidOperationException($"lists: not reached in 10 minutes: {what}");
            }

            await Task.Delay(250);
        }

        Report.Progress($"lists: {what} after {clock.Elapsed.TotalSeconds:N1} s");
    }

    private static async Task<bool> DoneAsync(Func<Task<bool>> done)
    {
        try
        {
            return await done();
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>
    /// A campaign's rows: campaign c spends about 1/(c+1)^0.9 of the first one's, runs on the last 1-7
    /// days, and has its own click and conversion rates; each day is split over two breakdown slices.
    /// </summary>
    private IEnumerable<(string Json, long Impressions)> Rows(int campaign, int campaigns)
    {
        var random = new Random(unchecked((int)options.Seed + (campaign * 7_919) + (campaigns * 104_729)));
        var scale = 200_000 / Math.Pow(campaign + 1, 0.9);
        var activeDays = 1 + random.Next(Days);
        var ctr = 0.002 + (random.NextDouble() * 0.03);
        var cvr = random.NextDouble() * 0.1;
        var price = 0.002 + (random.NextDouble() * 0.01);
        for (var day = 0; day < activeDays; day++)
        {
            for (var slice = 0; slice < 2; slice++)
            {
                var impressions = 1 + (long)(scale * (0.2 + random.NextDouble()));
                var clicks = (long)(impressions * ctr);
                var conversions = (long)(clicks * cvr);
                var json = string.Create(CultureInfo.InvariantCulture,
                    $"{{\"platform\":\"{Platform(campaign)}\",\"campaignId\":\"cmp-{campaign:D5}\",\"date\":\"{DateTime.UtcNow.AddDays(-day):yyyy-MM-dd}\","
                    + $"\"age\":\"{AgeBands[random.Next(AgeBands.Length)]}\",\"gender\":\"{Genders[random.Next(Genders.Length)]}\",\"country\":\"{Countries[random.Next(Countries.Length)]}\","
                    + $"\"impressions\":{impressions},\"clicks\":{clicks},\"spend\":{decimal.Round((decimal)(impressions * price), 2)},"
                    + $"\"conversions\":{conversions},\"conversionValue\":{conversions * (5 + random.Next(60))},\"kind\":\"delta\",\"eventId\":\"l{campaign}-{day}-{slice}\"}}\n");
                yield return (json, impressions);
            }
        }
    }

    /// <summary>Half the campaigns on meta, three in ten on google, the rest on tiktok.</summary>
    private static string Platform(int campaign) => Platforms[(campaign * 7 % 10) switch { < 5 => 0, < 8 => 1, _ => 2 }];
}
