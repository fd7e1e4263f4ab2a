using System.Globalization;
using System.Net;
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
/// changes every campaign that uses it; unsure how often that happens on the accounts we serve. Errors: 401 ends the
/// grant; <c>RESOURCE_EXHAUSTED</c> (HTTP 429) waits for its <c>retryDelay</c>.
/// </remarks>
public sealed class GoogleWriter(HttpClient http, PlatformEndpoints endpoints, string customerId) : IPlatformWriter
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(1);

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
                operations = new[] { new { update = new { resourceName = PlatformAnswer.Text(PlatformAnswer.At(campaign, "campaign", "campaignBudget")), amountMicros = Micros(change) }, updateMask = "amount_micros" } },
            }, accessToken, cancellation);
        if (Refusal(sent) is { } refusal)
        {
            return refusal;
        }

        (campaign, problem) = await ReadAsync(change, accessToken, cancellation);
        if (problem is not null)
        {
            return problem;
        }

        var (status, micros) = (PlatformAnswer.Text(PlatformAnswer.At(campaign, "campaign", "status")), PlatformAnswer.Text(PlatformAnswer.At(campaign, "campaignBudget", "amountMicros")));
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
        if (Refusal(answer) is { } refusal)
        {
            return (default, refusal);
        }

        return PlatformAnswer.At(answer.Body, "results") is { ValueKind: JsonValueKind.Array } rows && rows.GetArrayLength() > 0
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

    /// <summary>Null for a success; otherwise the GoogleAdsFailure's first message and what it means for the change.</summary>
    private static WriteOutcome? Refusal(PlatformAnswer answer)
    {
        if (answer.Ok)
        {
            return null;
        }

        var error = PlatformAnswer.At(answer.Body, "error");
        var failure = PlatformAnswer.At(error, "details") is { ValueKind: JsonValueKind.Array } details && details.GetArrayLength() > 0
            && PlatformAnswer.At(details[0], "errors") is { ValueKind: JsonValueKind.Array } errors && errors.GetArrayLength() > 0
            ? errors[0] : default;
        var message = PlatformAnswer.Text(PlatformAnswer.At(failure, "message")) ?? PlatformAnswer.Text(PlatformAnswer.At(error, "message")) ?? $"Google Ads answered {(int)answer.Status}.";
        if (answer.Status == HttpStatusCode.Unauthorized)
        {
            return WriteOutcome.Refused(message);
        }

        if (answer.Status == HttpStatusCode.TooManyRequests || PlatformAnswer.Text(PlatformAnswer.At(error, "status")) == "RESOURCE_EXHAUSTED")
        {
            return WriteOutcome.Later(RetryDelay(failure) ?? answer.RetryAfter ?? DefaultWait, message);
        }

        return (int)answer.Status >= 500 ? WriteOutcome.Later(DefaultWait, message) : WriteOutcome.Failed(message);
    }

    /// <summary>A protobuf Duration such as <c>"30s"</c> in <c>quotaErrorDetails.retryDelay</c>.</summary>
    private static TimeSpan? RetryDelay(JsonElement failure) =>
        PlatformAnswer.Text(PlatformAnswer.At(failure, "details", "quotaErrorDetails", "retryDelay")) is { } delay && delay.EndsWith('s')
        && double.TryParse(delay[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
