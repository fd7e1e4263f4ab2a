using System.Globalization;
using System.Text.Json;
using GrainMarketing.Connectors.Platforms;
using GrainMarketing.Metrics;

namespace GrainMarketing.Connectors.Sync;

/// <summary>
/// Meta's Graph reporting: campaigns from <c>act_{id}/campaigns</c>, and daily ad × age × gender insights, through an
/// async report run for more than one day and a direct read for one. Every metric is a string; spend is in major units,
/// budgets in minor units; purchases come from <c>actions</c> and <c>action_values</c>.
/// </summary>
public sealed class MetaReporter(HttpClient http, PlatformEndpoints endpoints, TimeProvider clock) : IPlatformReporter
{
    /// <summary>The pixel purchase; the omni <c>purchase</c> type repeats it and is read only when the pixel type is absent.</summary>
    private const string PixelPurchase = "offsite_conversion.fb_pixel_purchase";

    private const string Fields = "campaign_id,adset_id,ad_id,impressions,spend,actions,action_values";

    /// <summary>How often, and how long, a report run is polled before the pull gives up.</summary>
    private const int MaxPolls = 120;

    private static readonly TimeSpan PollDelay = TimeSpan.FromMilliseconds(500);

    /// <summary>Insights rows per page: Graph takes up to 5,000 on a report run's results (unsure of the exact ceiling on a direct read; it pages either way).</summary>
    private const string PageSize = "5000";

    /// <summary>Meta's default attribution setting; the 7-day and 28-day view windows are gone since January 2026.</summary>
    private static readonly string[] Windows = ["7d_click", "1d_view"];

    /// <summary>Ad by age × gender.</summary>
    public CellShape Shape { get; } = new(Dimensions.Age | Dimensions.Gender, AdSet: true, Ad: true);

    public string Attribution => string.Join('+', Windows);

    public async Task<IReadOnlyList<PulledCampaign>> CampaignsAsync(ReportScope scope, CancellationToken cancellation)
    {
        var url = PlatformHttp.With(Api($"act_{scope.AccountId}/campaigns"), ("fields", "id,name,objective,status,daily_budget"), ("limit", "500"));
        var campaigns = new List<PulledCampaign>();
        await foreach (var row in PagesAsync(url, scope, cancellation))
        {
            var budget = long.TryParse(PlatformHttp.Text(row, "daily_budget"), CultureInfo.InvariantCulture, out var minor) && minor > 0
                ? WriteBack.PlatformMoney.FromMetaMinor(minor, scope.Currency)
                : (decimal?)null;
            var status = PlatformHttp.Text(row, "status") switch
            {
                "ACTIVE" => CampaignStatus.Active,
                "PAUSED" => CampaignStatus.Paused,
                _ => CampaignStatus.Archived,
            };
            campaigns.Add(new PulledCampaign(
                PlatformHttp.Text(row, "id")!,
                new CampaignMetadata(PlatformHttp.Text(row, "name"), PlatformHttp.Text(row, "objective"), status, budget, scope.Currency)));
        }

        return campaigns;
    }

    public async Task<PulledReport> CellsAsync(ReportScope scope, DateOnly since, DateOnly until, CancellationToken cancellation)
    {
        (string Name, string? Value)[] query =
        [
            ("level", "ad"),
            ("time_range", JsonSerializer.Serialize(new { since = Day(since), until = Day(until) })),
            ("time_increment", "1"),
            ("breakdowns", "age,gender"),
            ("fields", Fields),
            ("action_attribution_windows", JsonSerializer.Serialize(Windows)),
            ("limit", PageSize),
        ];
        var first = since == until
            ? PlatformHttp.With(Api($"act_{scope.AccountId}/insights"), query)
            : PlatformHttp.With(Api($"{await RunReportAsync(scope, query, cancellation)}/insights"), ("limit", PageSize));
        var cells = new List<PulledCell>();
        var rows = 0;
        await foreach (var row in PagesAsync(first, scope, cancellation))
        {
            rows++;
            cells.Add(Cell(row));
        }

        return new PulledReport(cells, rows);
    }

    private static PulledCell Cell(JsonElement row)
    {
        var date = DateOnly.ParseExact(PlatformHttp.Text(row, "date_start")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var breakdown = new Breakdown(Age: PlatformLabels.Age(PlatformHttp.Text(row, "age")), Gender: PlatformLabels.Gender(PlatformHttp.Text(row, "gender")));
        var totals = MetricTotals.Reported(
            Count(PlatformHttp.Text(row, "impressions")),
            reach: null,
            (long)Action(row, "actions", "link_click"),
            Money(PlatformHttp.Text(row, "spend")),
            Purchases(row, "actions"),
            Purchases(row, "action_values"));
        return new PulledCell(PlatformHttp.Text(row, "campaign_id")!, new MetricCell(date, breakdown, PlatformHttp.Text(row, "adset_id"), PlatformHttp.Text(row, "ad_id")), totals);
    }

    private static decimal Purchases(JsonElement row, string list) =>
        Has(row, list, PixelPurchase) ? Action(row, list, PixelPurchase) : Action(row, list, "purchase");

    private static bool Has(JsonElement row, string list, string type) =>
        row.TryGetProperty(list, out var actions) && actions.ValueKind == JsonValueKind.Array
        && actions.EnumerateArray().Any(a => PlatformHttp.Text(a, "action_type") == type);

    /// <summary>An action's value: the sum over the attribution windows asked for when Meta split it by them, else its value.</summary>
    private static decimal Action(JsonElement row, string list, string type)
    {
        if (!row.TryGetProperty(list, out var actions) || actions.ValueKind != JsonValueKind.Array)
        {
            return 0m;
        }

        foreach (var action in actions.EnumerateArray().Where(a => PlatformHttp.Text(a, "action_type") == type))
        {
            var windows = Windows.Select(w => PlatformHttp.Text(action, w)).OfType<string>().ToList();
            return windows.Count > 0 ? windows.Sum(Money) : Money(PlatformHttp.Text(action, "value"));
        }

        return 0m;
    }

    /// <summary>Starts an async report run and polls it until Meta says "Job Completed"; its id.</summary>
    private async Task<string> RunReportAsync(ReportScope scope, (string Name, string? Value)[] query, CancellationToken cancellation)
    {
        var started = await SendAsync(PlatformHttp.PostForm(Api($"act_{scope.AccountId}/insights"), query), scope, cancellation);
        var run = PlatformHttp.Text(started, "report_run_id") ?? throw new PlatformAnswerException("Meta started no report run.");
        for (var poll = 0; poll < MaxPolls; poll++)
        {
            var status = await SendAsync(PlatformHttp.Get(Api(run)), scope, cancellation);
            switch (PlatformHttp.Text(status, "async_status"))
            {
                case "Job Completed" when PlatformHttp.Text(status, "async_percent_completion") == "100":
                    return run;
                case "Job Failed" or "Job Skipped":
                    throw new PlatformAnswerException($"Meta's report run {run} ended '{PlatformHttp.Text(status, "async_status")}'.");
            }

            await Task.Delay(PollDelay, clock, cancellation);
        }

        throw new PlatformAnswerException($"Meta's report run {run} did not complete after {MaxPolls} polls.");
    }

    private async IAsyncEnumerable<JsonElement> PagesAsync(Uri first, ReportScope scope, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation)
    {
        for (Uri? url = first; url is not null;)
        {
            var page = await SendAsync(PlatformHttp.Get(url), scope, cancellation);
            if (page.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
            {
                foreach (var row in data.EnumerateArray())
                {
                    yield return row;
                }
            }

            url = page.TryGetProperty("paging", out var paging) && PlatformHttp.Text(paging, "next") is { } next ? new Uri(next) : null;
        }
    }

    private async Task<JsonElement> SendAsync(HttpRequestMessage request, ReportScope scope, CancellationToken cancellation)
    {
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", scope.AccessToken);
        var answer = await PlatformAnswer.SendAsync(http, request, scope.Pacer, cancellation);
        scope.Pacer.Quota = Quota(answer) ?? scope.Pacer.Quota;
        return MetaError.Classify(answer) is { } error ? throw error.ToException() : answer.Body;
    }

    private static string? Quota(PlatformAnswer answer) =>
        PlatformHttp.Text(answer.HeaderJson("x-ad-account-usage"), "acc_id_util_pct") is { } used ? $"ad account {used}% used (x-ad-account-usage)" : null;

    private Uri Api(string path) => PlatformHttp.Join(endpoints.ApiBaseUrl!, $"{endpoints.ApiVersion}/{path}");

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static long Count(string? text) => long.TryParse(text, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static decimal Money(string? text) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : 0m;
}
