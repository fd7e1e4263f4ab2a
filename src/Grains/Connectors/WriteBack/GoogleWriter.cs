using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.Connectors.Platforms;

namespace GrainMarketing.Connectors.WriteBack;

/// <summary>
/// Google Ads: status through <c>campaigns:mutate</c>, budgets through <c>campaignBudgets:mutate</c> on the campaign's
/// budget resource with <c>amountMicros</c> rounded half away from zero to the currency's billable unit (10,000 micros
/// for currencies with cents: the API refuses other amounts); confirmed by GAQL on the campaign.
/// </summary>
/// <remarks>
/// Ad groups are not pushed (their status lives on <c>adGroups:mutate</c>, not written here yet). A shared budget
/// changes every campaign that uses it; unsure how often that happens on the accounts we serve. Errors are read by
/// <see cref="GoogleAdsError"/>.
/// </remarks>
public sealed class GoogleWriter(HttpClient http, PlatformEndpoints endpoints, string customerId) : IPlatformWriter
{
    public string Describe(PlatformChange change) => change.Active is { } active
        ? $"campaigns:mutate customers/{customerId}/campaigns/{change.CampaignId} status={(active ? "ENABLED" : "PAUSED")}"
        : $"campaignBudgets:mutate (campaign {change.CampaignId}) amountMicros={Micros(change)}";

    public bool Limited(PlatformChange change) => false;

    public async Task<WriteOutcome> PushAsync(PlatformChange change, string accessToken, CancellationToken cancellation)
    {
        if (change.AdSetId is not null)
        {
            return WriteOutcome.Failed("GrainMarketing pushes Google Ads campaign changes only: apply this ad group change by hand.");
        }

        var (campaign, problem) = await ReadAsync(change, accessToken, cancellation);
        if (problem is not null)
        {
            return problem;
        }

        var sent = change.Active is { } active
            ? await MutateAsync("campaigns:mutate", new
            {
                operations = new[] { new { update = new { resourceName = $"customers/{customerId}/campaigns/{change.CampaignId}", status = active ? "ENABLED" : "PAUSED" }, updateMask = "status" } },
            }, accessToken, cancellation)
            : await MutateAsync("campaignBudgets:mutate", new
            {
                operations = new[] { new { update = new { resourceName = PlatformHttp.Text(campaign, "campaign", "campaignBudget"), amountMicros = Micros(change) }, updateMask = "amount_micros" } },
            }, accessToken, cancellation);
        if (GoogleAdsError.Classify(sent) is { } error)
        {
            return WriteOutcome.For(error);
        }

        (campaign, problem) = await ReadAsync(change, accessToken, cancellation);
        if (problem is not null)
        {
            return problem;
        }

        var (status, micros) = (PlatformHttp.Text(campaign, "campaign", "status"), PlatformHttp.Text(campaign, "campaignBudget", "amountMicros"));
        return change.Active is { } wanted
            ? status == (wanted ? "ENABLED" : "PAUSED") ? WriteOutcome.Confirmed : WriteOutcome.Failed($"Google Ads accepted the change but reads back status {status}.")
            : micros == Micros(change) ? WriteOutcome.Confirmed : WriteOutcome.Failed($"Google Ads accepted the change but reads back amountMicros {micros}.");
    }

    private string Micros(PlatformChange change) => PlatformMoney.Micros(change.Budget!.Value, change.Currency).ToString(CultureInfo.InvariantCulture);

    /// <summary>The campaign's row (status, budget resource and amount), or what stopped the read.</summary>
    private async Task<(JsonElement Row, WriteOutcome? Problem)> ReadAsync(PlatformChange change, string accessToken, CancellationToken cancellation)
    {
        if (!long.TryParse(change.CampaignId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return (default, WriteOutcome.Failed($"'{change.CampaignId}' is not a Google Ads campaign id."));
        }

        var request = Api("googleAds:search", accessToken);
        request.Content = JsonContent.Create(new
        {
            query = $"SELECT campaign.id, campaign.status, campaign.campaign_budget, campaign_budget.amount_micros FROM campaign WHERE campaign.id = {id}",
        });
        var answer = await PlatformAnswer.SendAsync(http, request, cancellation);
        if (GoogleAdsError.Classify(answer) is { } error)
        {
            return (default, WriteOutcome.For(error));
        }

        return PlatformHttp.At(answer.Body, "results") is { ValueKind: JsonValueKind.Array } rows && rows.GetArrayLength() > 0
            ? (rows[0], null)
            : (default, WriteOutcome.Failed($"Google Ads has no campaign {change.CampaignId} in customer {customerId}."));
    }

    private async Task<PlatformAnswer> MutateAsync(string method, object body, string accessToken, CancellationToken cancellation)
    {
        var request = Api(method, accessToken);
        request.Content = JsonContent.Create(body);
        return await PlatformAnswer.SendAsync(http, request, cancellation);
    }

    private HttpRequestMessage Api(string method, string accessToken)
    {
        var request = PlatformHttp.Get(PlatformHttp.Join(endpoints.ApiBaseUrl!, $"{endpoints.ApiVersion}/customers/{customerId}/{method}"), accessToken);
        request.Method = HttpMethod.Post;
        if (endpoints.DeveloperToken is { Length: > 0 } developer)
        {
            request.Headers.Add("developer-token", developer);
        }

        return request;
    }
}
