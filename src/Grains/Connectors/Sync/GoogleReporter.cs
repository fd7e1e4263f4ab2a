using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.Connectors.Platforms;
using GrainMarketing.Metrics;

namespace GrainMarketing.Connectors.Sync;

/// <summary>
/// Google Ads reporting through <c>googleAds:searchStream</c> and GAQL: campaigns with their budgets, and daily cells by
/// ad group and age from <c>age_range_view</c>. Google has no age × gender; its gender view would report the same spend a
/// second time, so only the age family is pulled. int64 values arrive as strings, cost in micros.
/// </summary>
public sealed class GoogleReporter(HttpClient http, PlatformEndpoints endpoints) : IPlatformReporter
{
    private const decimal Micros = 1_000_000m;

    /// <summary>Ad group by age: Google has no age × gender, and no ad-level age view.</summary>
    public CellShape Shape { get; } = new(Dimensions.Age, AdSet: true, Ad: false);

    public string Attribution => "each conversion action's own window (metrics.conversions)";

    public async Task<IReadOnlyList<PulledCampaign>> CampaignsAsync(ReportScope scope, CancellationToken cancellation)
    {
        const string Query = "SELECT campaign.id, campaign.name, campaign.status, campaign.advertising_channel_type, campaign_budget.amount_micros FROM campaign";
        var rows = await SearchAsync(scope, Query, cancellation);
        return [.. rows.Select(row =>
        {
            var campaign = row.GetProperty("campaign");
            var budget = row.TryGetProperty("campaignBudget", out var b) && long.TryParse(PlatformHttp.Text(b, "amountMicros"), CultureInfo.InvariantCulture, out var micros)
                ? micros / Micros
                : (decimal?)null;
            var status = PlatformHttp.Text(campaign, "status") switch
            {
                "ENABLED" => CampaignStatus.Active,
                "PAUSED" => CampaignStatus.Paused,
                _ => CampaignStatus.Archived,
            };
            return new PulledCampaign(PlatformHttp.Text(campaign, "id")!,
                new CampaignMetadata(PlatformHttp.Text(campaign, "name"), PlatformHttp.Text(campaign, "advertisingChannelType"), status, budget, scope.Currency));
        })];
    }

    public async Task<PulledReport> CellsAsync(ReportScope scope, DateOnly since, DateOnly until, CancellationToken cancellation)
    {
        var query = "SELECT campaign.id, ad_group.id, ad_group_criterion.age_range.type, segments.date, metrics.impressions, metrics.clicks, "
            + "metrics.cost_micros, metrics.conversions, metrics.conversions_value FROM age_range_view "
            + string.Create(CultureInfo.InvariantCulture, $"WHERE segments.date BETWEEN '{since:yyyy-MM-dd}' AND '{until:yyyy-MM-dd}'");
        var rows = await SearchAsync(scope, query, cancellation);
        var cells = rows.Select(row =>
        {
            var metrics = row.GetProperty("metrics");
            var age = row.TryGetProperty("adGroupCriterion", out var criterion) && criterion.TryGetProperty("ageRange", out var range) ? PlatformHttp.Text(range, "type") : null;
            var totals = MetricTotals.Reported(
                Long(metrics, "impressions"),
                reach: null,
                Long(metrics, "clicks"),
                Long(metrics, "costMicros") / Micros,
                Number(metrics, "conversions"),
                Number(metrics, "conversionsValue"));
            var date = DateOnly.ParseExact(PlatformHttp.Text(row.GetProperty("segments"), "date")!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var adGroup = row.TryGetProperty("adGroup", out var g) ? PlatformHttp.Text(g, "id") : null;
            return new PulledCell(PlatformHttp.Text(row.GetProperty("campaign"), "id")!, new MetricCell(date, new Breakdown(Age: PlatformLabels.Age(age)), adGroup), totals);
        }).ToList();
        return new PulledReport(cells, rows.Count);
    }

    /// <summary>Runs the query through searchStream: one answer, a JSON array of batches of results.</summary>
    private async Task<List<JsonElement>> SearchAsync(ReportScope scope, string query, CancellationToken cancellation)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, PlatformHttp.Join(endpoints.ApiBaseUrl!, $"{endpoints.ApiVersion}/customers/{scope.AccountId}/googleAds:searchStream"))
        {
            Content = JsonContent.Create(new { query }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", scope.AccessToken);
        if (endpoints.DeveloperToken is { Length: > 0 } developer)
        {
            request.Headers.Add("developer-token", developer);
        }

        var answer = await PlatformAnswer.SendAsync(http, request, scope.Pacer, cancellation);
        if (GoogleAdsError.Classify(answer) is { } error)
        {
            throw error.ToException();
        }

        return answer.Body.ValueKind == JsonValueKind.Array
            ? [.. answer.Body.EnumerateArray().Where(b => b.TryGetProperty("results", out _)).SelectMany(b => b.GetProperty("results").EnumerateArray())]
            : throw new PlatformAnswerException("Google's searchStream answered no array of batches.");
    }

    private static long Long(JsonElement metrics, string name) =>
        long.TryParse(PlatformHttp.Text(metrics, name), CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>A double as Google writes it (a JSON number); a string form is read too.</summary>
    private static decimal Number(JsonElement metrics, string name) =>
        decimal.TryParse(PlatformHttp.Text(metrics, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0m;
}
