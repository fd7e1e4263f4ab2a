using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.Connectors.Platforms;

namespace GrainMarketing.Connectors.WriteBack;

/// <summary>
/// TikTok: <c>campaign/status/update/</c> (<c>operation_status</c> ENABLE|DISABLE) and <c>campaign/update/</c>
/// (<c>budget</c> in major units, two decimals), confirmed through <c>campaign/get/</c>.
/// </summary>
/// <remarks>
/// Errors are read by <see cref="TikTokError"/>. Ad groups are not pushed yet.
/// </remarks>
public sealed class TikTokWriter(HttpClient http, PlatformEndpoints endpoints, string advertiserId) : IPlatformWriter
{
    private const int PageSize = 1_000;

    public string Describe(PlatformChange change) => change.Active is { } active
        ? $"campaign/status/update/ {change.CampaignId} operation_status={(active ? "ENABLE" : "DISABLE")}"
        : $"campaign/update/ {change.CampaignId} budget={Budget(change).ToString(CultureInfo.InvariantCulture)}";

    public bool Limited(PlatformChange change) => false;

    public async Task<WriteOutcome> PushAsync(PlatformChange change, string accessToken, CancellationToken cancellation)
    {
        if (change.AdSetId is not null)
        {
            return WriteOutcome.Failed("GrainMarketing pushes TikTok campaign changes only: apply this ad group change by hand.");
        }

        var (_, refused) = change.Active is { } active
            ? await SendAsync(Post("campaign/status/update/", accessToken, new
            {
                advertiser_id = advertiserId,
                campaign_ids = new[] { change.CampaignId },
                operation_status = active ? "ENABLE" : "DISABLE",
            }), cancellation)
            : await SendAsync(Post("campaign/update/", accessToken, new { advertiser_id = advertiserId, campaign_id = change.CampaignId, budget = Budget(change) }), cancellation);
        if (refused is not null)
        {
            return refused;
        }

        var (campaign, unread) = await FindAsync(change.CampaignId, accessToken, cancellation);
        if (unread is not null)
        {
            return unread;
        }

        var status = PlatformHttp.Text(campaign, "operation_status");
        var budget = PlatformHttp.At(campaign, "budget") is { ValueKind: JsonValueKind.Number } number ? number.GetDecimal() : (decimal?)null;
        return change.Active is { } wanted
            ? status == (wanted ? "ENABLE" : "DISABLE") ? WriteOutcome.Confirmed : WriteOutcome.Failed($"TikTok accepted the change but reads back operation_status {status}.")
            : budget == Budget(change) ? WriteOutcome.Confirmed : WriteOutcome.Failed($"TikTok accepted the change but reads back budget {budget?.ToString(CultureInfo.InvariantCulture)}.");
    }

    private static decimal Budget(PlatformChange change) => PlatformMoney.TikTokMajor(change.Budget!.Value, change.Currency);

    /// <summary>The campaign as <c>campaign/get/</c> lists it, filtered to its id (paged through, should the filter be ignored).</summary>
    private async Task<(JsonElement Campaign, WriteOutcome? Problem)> FindAsync(string campaignId, string accessToken, CancellationToken cancellation)
    {
        for (var page = 1; ; page++)
        {
            var url = PlatformHttp.With(Url("campaign/get/"), ("advertiser_id", advertiserId), ("filtering", JsonSerializer.Serialize(new { campaign_ids = new[] { campaignId } })),
                ("page", page.ToString(CultureInfo.InvariantCulture)), ("page_size", PageSize.ToString(CultureInfo.InvariantCulture)));
            var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Add("Access-Token", accessToken);
            var (data, problem) = await SendAsync(request, cancellation);
            if (problem is not null)
            {
                return (default, problem);
            }

            if (PlatformHttp.At(data, "list") is { ValueKind: JsonValueKind.Array } list
                && list.EnumerateArray().FirstOrDefault(c => PlatformHttp.Text(c, "campaign_id") == campaignId) is { ValueKind: JsonValueKind.Object } found)
            {
                return (found, null);
            }

            if (PlatformHttp.At(data, "page_info", "total_page") is not { ValueKind: JsonValueKind.Number } pages || page >= pages.GetInt32())
            {
                return (default, WriteOutcome.Failed($"TikTok lists no campaign {campaignId} for advertiser {advertiserId}."));
            }
        }
    }

    private Uri Url(string path) => PlatformHttp.Join(endpoints.ApiBaseUrl!, $"open_api/{endpoints.ApiVersion}/{path}");

    private HttpRequestMessage Post(string path, string accessToken, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Url(path)) { Content = JsonContent.Create(body) };
        request.Headers.Add("Access-Token", accessToken);
        return request;
    }

    /// <summary>The envelope's <c>data</c> when <c>code</c> is 0, or what the error means for the change.</summary>
    private async Task<(JsonElement Data, WriteOutcome? Problem)> SendAsync(HttpRequestMessage request, CancellationToken cancellation)
    {
        var answer = await PlatformAnswer.SendAsync(http, request, cancellation);
        return TikTokError.Classify(answer) is { } error ? (default, WriteOutcome.For(error)) : (PlatformHttp.At(answer.Body, "data"), null);
    }
}
