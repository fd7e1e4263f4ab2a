using System.Globalization;
using System.Text.Json;
using GrainMarketing.Connectors.Platforms;
using GrainMarketing.Metrics;

namespace GrainMarketing.Connectors.Sync;

/// <summary>
/// TikTok's Business API reporting: campaigns from <c>campaign/get/</c>, and daily cells from the integrated report as
/// an AUDIENCE report by ad, day, age and gender at <c>AUCTION_AD</c> (one family, so nothing counts twice). Metrics
/// are strings, money in major units; pages of at most 1,000 rows until <c>total_page</c>. Every answer is HTTP 200 with
/// a <c>code</c>: 0 is success.
/// </summary>
/// <remarks>
/// Purchases are <c>complete_payment</c> and their value <c>total_complete_payment_rate</c> (TikTok's naming for the
/// value, unsure). The ad's campaign and ad group come as the attribute metrics <c>campaign_id</c> and
/// <c>adgroup_id</c>. Errors are read by <see cref="TikTokError"/>.
/// </remarks>
public sealed class TikTokReporter(HttpClient http, PlatformEndpoints endpoints) : IPlatformReporter
{
    /// <summary>TikTok's largest page.</summary>
    public const int PageSize = 1_000;

    /// <summary>The longest range TikTok reports by <c>stat_time_day</c> in one request.</summary>
    public const int MaxDaysPerReport = 30;

    private const string TooMuchData = "40067";

    private static readonly string[] Dimensions = ["ad_id", "stat_time_day", "age", "gender"];

    private static readonly string[] Metrics = ["campaign_id", "adgroup_id", "impressions", "clicks", "spend", "complete_payment", "total_complete_payment_rate"];

    /// <summary>Ad by age × gender (the AUDIENCE report).</summary>
    public CellShape Shape { get; } = new(GrainMarketing.Metrics.Dimensions.Age | GrainMarketing.Metrics.Dimensions.Gender, AdSet: true, Ad: true);

    public string Attribution => "the advertiser's attribution setting (TikTok's default: 7-day click, 1-day view)";

    public async Task<IReadOnlyList<PulledCampaign>> CampaignsAsync(ReportScope scope, CancellationToken cancellation)
    {
        var rows = await PagesAsync("campaign/get/", [("advertiser_id", scope.AccountId)], scope, cancellation)
            ?? throw new PlatformAnswerException("TikTok answered code 40067 (too much data) to a campaign list.");
        return [.. rows.Select(row => new PulledCampaign(
            PlatformHttp.Text(row, "campaign_id") ?? throw new PlatformAnswerException("TikTok listed a campaign without campaign_id."),
            new CampaignMetadata(PlatformHttp.Text(row, "campaign_name"), PlatformHttp.Text(row, "objective_type"), Status(row), DailyBudget(row, scope.Currency), scope.Currency)))];
    }

    public async Task<PulledReport> CellsAsync(ReportScope scope, DateOnly since, DateOnly until, CancellationToken cancellation)
    {
        var rows = new List<JsonElement>();
        for (var from = since; from <= until; from = from.AddDays(MaxDaysPerReport))
        {
            var to = from.AddDays(MaxDaysPerReport - 1);
            await ReportAsync(scope, from, to < until ? to : until, rows, cancellation);
        }

        return new PulledReport(PulledCells.Merge(rows.Select(Cell)), rows.Count);
    }

    /// <summary>The report of the days from <paramref name="since"/> to <paramref name="until"/>, in halves (and their halves) while TikTok says it is too much data.</summary>
    private async Task ReportAsync(ReportScope scope, DateOnly since, DateOnly until, List<JsonElement> rows, CancellationToken cancellation)
    {
        (string Name, string? Value)[] query =
        [
            ("advertiser_id", scope.AccountId),
            ("report_type", "AUDIENCE"),
            ("data_level", "AUCTION_AD"),
            ("dimensions", JsonSerializer.Serialize(Dimensions)),
            ("metrics", JsonSerializer.Serialize(Metrics)),
            ("start_date", Day(since)),
            ("end_date", Day(until)),
        ];
        if (await PagesAsync("report/integrated/get/", query, scope, cancellation) is { } read)
        {
            rows.AddRange(read);
            return;
        }

        if (since == until)
        {
            throw new PlatformAnswerException($"TikTok answered code {TooMuchData} (too much data) for the single day {Day(since)}.");
        }

        var middle = since.AddDays((until.DayNumber - since.DayNumber) / 2);
        await ReportAsync(scope, since, middle, rows, cancellation);
        await ReportAsync(scope, middle.AddDays(1), until, rows, cancellation);
    }

    private static PulledCell Cell(JsonElement row)
    {
        var dimensions = row.GetProperty("dimensions");
        var metrics = row.GetProperty("metrics");
        var day = PlatformHttp.Text(dimensions, "stat_time_day") is { Length: >= 10 } time
            ? DateOnly.ParseExact(time[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw new PlatformAnswerException("TikTok's report row has no stat_time_day.");
        var breakdown = new Breakdown(Age: PlatformLabels.Age(PlatformHttp.Text(dimensions, "age")), Gender: PlatformLabels.Gender(PlatformHttp.Text(dimensions, "gender")));
        var totals = MetricTotals.Reported(
            Count(metrics, "impressions"),
            reach: null,
            Count(metrics, "clicks"),
            Number(metrics, "spend"),
            Number(metrics, "complete_payment"),
            Number(metrics, "total_complete_payment_rate"));
        var campaign = Id(metrics, "campaign_id") ?? throw new PlatformAnswerException("TikTok's report row names no campaign_id.");
        return new PulledCell(campaign, new MetricCell(day, breakdown, Id(metrics, "adgroup_id"), Id(dimensions, "ad_id")), totals);
    }

    private static CampaignStatus Status(JsonElement campaign) =>
        PlatformHttp.Text(campaign, "secondary_status") == "CAMPAIGN_STATUS_DELETE"
            ? CampaignStatus.Archived
            : PlatformHttp.Text(campaign, "operation_status") switch
            {
                "ENABLE" => CampaignStatus.Active,
                "DISABLE" => CampaignStatus.Paused,
                _ => CampaignStatus.Archived,
            };

    /// <summary>The budget, a float in major units, when it is a daily one (a lifetime budget or none is no daily budget).</summary>
    private static decimal? DailyBudget(JsonElement campaign, string currency) =>
        PlatformHttp.Text(campaign, "budget_mode") is "BUDGET_MODE_DAY" or "BUDGET_MODE_DYNAMIC_DAILY_BUDGET"
        && decimal.TryParse(PlatformHttp.Text(campaign, "budget"), NumberStyles.Float, CultureInfo.InvariantCulture, out var budget) && budget > 0
            ? decimal.Round(budget, WriteBack.PlatformMoney.NoMinorUnits.Contains(currency) ? 0 : 2, MidpointRounding.AwayFromZero)
            : null;

    /// <summary>Every page's <c>list</c>, or null when TikTok answered that the report is too much data.</summary>
    private async Task<List<JsonElement>?> PagesAsync(string path, (string Name, string? Value)[] query, ReportScope scope, CancellationToken cancellation)
    {
        var rows = new List<JsonElement>();
        for (int page = 1, pages = 1; page <= pages; page++)
        {
            var url = PlatformHttp.With(PlatformHttp.Join(endpoints.ApiBaseUrl!, $"open_api/{endpoints.ApiVersion}/{path}"),
                [.. query, ("page", page.ToString(CultureInfo.InvariantCulture)), ("page_size", PageSize.ToString(CultureInfo.InvariantCulture))]);
            var request = PlatformHttp.Get(url);
            request.Headers.Add("Access-Token", scope.AccessToken);
            var answer = await PlatformAnswer.SendAsync(http, request, scope.Pacer, cancellation);
            if (PlatformHttp.Text(answer.Body, "code") == TooMuchData)
            {
                return null;
            }

            var data = TikTokError.Classify(answer) is { } error ? throw error.ToException()
                : PlatformHttp.At(answer.Body, "data") is { ValueKind: JsonValueKind.Object } d ? d
                : throw new PlatformAnswerException("TikTok answered code 0 without data.");
            if (data.TryGetProperty("list", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                rows.AddRange(list.EnumerateArray());
            }

            pages = data.TryGetProperty("page_info", out var info) && int.TryParse(PlatformHttp.Text(info, "total_page"), CultureInfo.InvariantCulture, out var total) ? total : page;
        }

        return rows;
    }

    /// <summary>An id as TikTok writes it; its "-" for an attribute it has not is no id.</summary>
    private static string? Id(JsonElement element, string name) => PlatformHttp.Text(element, name) is { Length: > 0 } id && id != "-" ? id : null;

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static long Count(JsonElement metrics, string name) =>
        long.TryParse(PlatformHttp.Text(metrics, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static decimal Number(JsonElement metrics, string name) =>
        decimal.TryParse(PlatformHttp.Text(metrics, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0m;
}
