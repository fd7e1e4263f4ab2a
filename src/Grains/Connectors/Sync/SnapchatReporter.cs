using System.Globalization;
using System.Text.Json;
using GrainMarketing.Connectors.Platforms;
using GrainMarketing.Metrics;

namespace GrainMarketing.Connectors.Sync;

/// <summary>
/// Snapchat's Marketing API reporting: campaigns from <c>adaccounts/{id}/campaigns</c>, and per campaign its daily
/// stats by ad squad, age and gender (<c>campaigns/{id}/stats</c> with <c>breakdown=adsquad</c> and
/// <c>report_dimension=age,gender</c>): one family, so nothing counts twice. Days run between the account's local
/// midnights, written with its offset; numbers are JSON numbers, money in micro-currency; lists page by
/// <c>paging.next_link</c>.
/// </summary>
/// <remarks>
/// One stats request per campaign and pull: per ad squad or per ad would multiply them, and Snapchat allows a token
/// about 10 requests a second. The ad level is therefore not read. Whether Snapchat combines <c>breakdown</c> with an
/// age × gender <c>report_dimension</c> is unsure; its age bands (18-24, 25-34, 35+) are coarser than ours, so 35+ is
/// unknown age. Snapchat lists every day, zeros included: rows without delivery become no cell, as Meta and TikTok
/// leave them out of their reports.
/// </remarks>
public sealed class SnapchatReporter(HttpClient http, PlatformEndpoints endpoints) : IPlatformReporter
{
    private const decimal Micros = 1_000_000m;

    private const string Fields = "impressions,swipes,spend,conversion_purchases,conversion_purchases_value";

    /// <summary>Snapchat's default attribution, asked for explicitly so the numbers do not move with an account setting.</summary>
    private const string SwipeWindow = "28_DAY";

    private const string ViewWindow = "1_DAY";

    /// <summary>Ad squad by age × gender.</summary>
    public CellShape Shape { get; } = new(Dimensions.Age | Dimensions.Gender, AdSet: true, Ad: false);

    public string Attribution => $"{SwipeWindow} swipe, {ViewWindow} view";

    public async Task<IReadOnlyList<PulledCampaign>> CampaignsAsync(ReportScope scope, CancellationToken cancellation)
    {
        var campaigns = new List<PulledCampaign>();
        await foreach (var page in PagesAsync(Campaigns(scope), scope, cancellation))
        {
            foreach (var campaign in Entities(page, "campaigns", "campaign"))
            {
                var budget = long.TryParse(PlatformHttp.Text(campaign, "daily_budget_micro"), CultureInfo.InvariantCulture, out var micros) && micros > 0
                    ? micros / Micros
                    : (decimal?)null;
                var status = PlatformHttp.Text(campaign, "status") switch
                {
                    "ACTIVE" => CampaignStatus.Active,
                    "PAUSED" => CampaignStatus.Paused,
                    _ => CampaignStatus.Archived,
                };
                campaigns.Add(new PulledCampaign(
                    PlatformHttp.Text(campaign, "id") ?? throw new PlatformAnswerException("Snapchat listed a campaign without an id."),
                    new CampaignMetadata(PlatformHttp.Text(campaign, "name"), PlatformHttp.Text(campaign, "objective"), status, budget, scope.Currency)));
            }
        }

        return campaigns;
    }

    public async Task<PulledReport> CellsAsync(ReportScope scope, DateOnly since, DateOnly until, CancellationToken cancellation)
    {
        var zone = scope.TimeZone is { } name && TimeZoneInfo.TryFindSystemTimeZoneById(name, out var found) ? found : TimeZoneInfo.Utc;
        var ids = new List<string>();
        await foreach (var page in PagesAsync(Campaigns(scope), scope, cancellation))
        {
            ids.AddRange(Entities(page, "campaigns", "campaign").Select(c => PlatformHttp.Text(c, "id")).OfType<string>());
        }

        var cells = new List<PulledCell>();
        var rows = 0;
        foreach (var id in ids)
        {
            var url = PlatformHttp.With(Api($"campaigns/{id}/stats"),
                ("granularity", "DAY"), ("start_time", Midnight(since, zone)), ("end_time", Midnight(until.AddDays(1), zone)), ("fields", Fields),
                ("breakdown", "adsquad"), ("report_dimension", "age,gender"),
                ("swipe_up_attribution_window", SwipeWindow), ("view_attribution_window", ViewWindow));
            await foreach (var page in PagesAsync(url, scope, cancellation))
            {
                foreach (var stat in Entities(page, "timeseries_stats", "timeseries_stat"))
                {
                    var read = Cells(id, stat).ToList();
                    rows += read.Count;
                    cells.AddRange(read.Where(c => !c.Totals.IsZero));
                }
            }
        }

        return new PulledReport(PulledCells.Merge(cells), rows);
    }

    /// <summary>A campaign's stat as cells: each ad squad's days, each day's age × gender rows.</summary>
    private static IEnumerable<PulledCell> Cells(string campaignId, JsonElement stat)
    {
        var squads = stat.TryGetProperty("breakdown_stats", out var breakdown) && breakdown.TryGetProperty("adsquad", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray()
            : Enumerable.Empty<JsonElement>();
        foreach (var squad in squads)
        {
            var squadId = PlatformHttp.Text(squad, "id");
            foreach (var day in squad.TryGetProperty("timeseries", out var series) ? series.EnumerateArray() : Enumerable.Empty<JsonElement>())
            {
                var date = DateTimeOffset.TryParse(PlatformHttp.Text(day, "start_time"), CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
                    ? DateOnly.FromDateTime(start.DateTime)
                    : throw new PlatformAnswerException($"Snapchat's stats for ad squad {squadId} carry a day without a start_time.");
                foreach (var row in day.TryGetProperty("dimension_stats", out var dimensions) ? dimensions.EnumerateArray() : Enumerable.Empty<JsonElement>())
                {
                    var totals = MetricTotals.Reported(
                        Count(row, "impressions"),
                        reach: null,
                        Count(row, "swipes"),
                        Number(row, "spend") / Micros,
                        Number(row, "conversion_purchases"),
                        Number(row, "conversion_purchases_value") / Micros);
                    var cell = new MetricCell(date, new Breakdown(Age: PlatformLabels.Age(PlatformHttp.Text(row, "age")), Gender: PlatformLabels.Gender(PlatformHttp.Text(row, "gender"))), squadId);
                    yield return new PulledCell(campaignId, cell, totals);
                }
            }
        }
    }

    /// <summary>A list's entities, each wrapped as <c>{"sub_request_status", "{singular}": ...}</c>; a failed sub-request fails the pull.</summary>
    private static IEnumerable<JsonElement> Entities(JsonElement page, string plural, string singular)
    {
        if (!page.TryGetProperty(plural, out var list) || list.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var wrapped in list.EnumerateArray())
        {
            if (PlatformHttp.Text(wrapped, "sub_request_status") is { } status && status != "SUCCESS")
            {
                throw new PlatformAnswerException($"Snapchat answered {plural} with sub_request_status {status}: {PlatformHttp.Text(wrapped, "sub_request_reason") ?? "no reason given"}");
            }

            yield return wrapped.TryGetProperty(singular, out var entity) ? entity : wrapped;
        }
    }

    private async IAsyncEnumerable<JsonElement> PagesAsync(Uri first, ReportScope scope, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        for (Uri? url = first; url is not null;)
        {
            var page = await SendAsync(url, scope, cancellation);
            yield return page;
            url = page.TryGetProperty("paging", out var paging) && PlatformHttp.Text(paging, "next_link") is { Length: > 0 } next ? new Uri(next) : null;
        }
    }

    private async Task<JsonElement> SendAsync(Uri url, ReportScope scope, CancellationToken cancellation)
    {
        var answer = await PlatformAnswer.SendAsync(http, PlatformHttp.Get(url, scope.AccessToken), scope.Pacer, cancellation);
        return SnapchatError.Classify(answer) is { } error ? throw error.ToException() : answer.Body;
    }

    /// <summary>The account's local midnight of <paramref name="day"/>, with that moment's offset, as Snapchat wants it.</summary>
    private static string Midnight(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    private Uri Campaigns(ReportScope scope) => PlatformHttp.With(Api($"adaccounts/{scope.AccountId}/campaigns"), ("limit", "1000"));

    private Uri Api(string path) => PlatformHttp.Join(endpoints.ApiBaseUrl!, $"{endpoints.ApiVersion}/{path}");

    private static long Count(JsonElement row, string name) =>
        long.TryParse(PlatformHttp.Text(row, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static decimal Number(JsonElement row, string name) =>
        decimal.TryParse(PlatformHttp.Text(row, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0m;
}
