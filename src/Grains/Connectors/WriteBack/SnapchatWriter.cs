using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainMarketing.Connectors.Platforms;

namespace GrainMarketing.Connectors.WriteBack;

/// <summary>
/// Snapchat: the campaign read whole (<c>GET /v1/campaigns/{id}</c>), changed and written back whole with
/// <c>PUT /v1/adaccounts/{account}/campaigns</c> (PATCH is reported since May 2026, unsure, so PUT, which works
/// everywhere), then read again to confirm. <c>daily_budget_micro</c> is micro-currency in whole cents.
/// </summary>
/// <remarks>A 401 ends the grant; a 429 waits for its <c>Retry-After</c>, or a minute. Ad squads are not pushed yet.</remarks>
public sealed class SnapchatWriter(HttpClient http, PlatformEndpoints endpoints, string adAccountId) : IPlatformWriter
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(1);

    public string Describe(PlatformChange change) => change.Active is { } active
        ? $"PUT campaign {change.CampaignId} status={(active ? "ACTIVE" : "PAUSED")}"
        : $"PUT campaign {change.CampaignId} daily_budget_micro={Micros(change).ToString(CultureInfo.InvariantCulture)}";

    public bool Limited(PlatformChange change) => false;

    public async Task<WriteOutcome> PushAsync(PlatformChange change, string accessToken, CancellationToken cancellation)
    {
        if (change.AdSetId is not null)
        {
            return WriteOutcome.Failed("GrainMarketing pushes Snapchat campaign changes only: apply this ad squad change by hand.");
        }

        var (campaign, problem) = await ReadAsync(change.CampaignId, accessToken, cancellation);
        if (problem is not null)
        {
            return problem;
        }

        var entity = JsonNode.Parse(campaign.GetRawText())!.AsObject();
        if (change.Active is { } active)
        {
            entity["status"] = active ? "ACTIVE" : "PAUSED";
        }
        else
        {
            entity["daily_budget_micro"] = Micros(change);
        }

        var request = PlatformHttp.Get(PlatformHttp.Join(endpoints.ApiBaseUrl!, $"{endpoints.ApiVersion}/adaccounts/{adAccountId}/campaigns"), accessToken);
        request.Method = HttpMethod.Put;
        request.Content = JsonContent.Create(new JsonObject { ["campaigns"] = new JsonArray(entity) });
        if (Refusal(await PlatformAnswer.SendAsync(http, request, cancellation)) is { } refused)
        {
            return refused;
        }

        (campaign, problem) = await ReadAsync(change.CampaignId, accessToken, cancellation);
        if (problem is not null)
        {
            return problem;
        }

        var status = PlatformAnswer.Text(PlatformAnswer.At(campaign, "status"));
        var micros = PlatformAnswer.Text(PlatformAnswer.At(campaign, "daily_budget_micro"));
        return change.Active is { } wanted
            ? status == (wanted ? "ACTIVE" : "PAUSED") ? WriteOutcome.Confirmed : WriteOutcome.Failed($"Snapchat accepted the change but reads back status {status}.")
            : micros == Micros(change).ToString(CultureInfo.InvariantCulture) ? WriteOutcome.Confirmed : WriteOutcome.Failed($"Snapchat accepted the change but reads back daily_budget_micro {micros}.");
    }

    private static long Micros(PlatformChange change) => PlatformMoney.Micros(change.Budget!.Value, change.Currency);

    private async Task<(JsonElement Campaign, WriteOutcome? Problem)> ReadAsync(string campaignId, string accessToken, CancellationToken cancellation)
    {
        var answer = await PlatformAnswer.SendAsync(http, PlatformHttp.Get(PlatformHttp.Join(endpoints.ApiBaseUrl!, $"{endpoints.ApiVersion}/campaigns/{campaignId}"), accessToken), cancellation);
        if (Refusal(answer) is { } refused)
        {
            return (default, refused);
        }

        return PlatformAnswer.At(answer.Body, "campaigns") is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0
            && PlatformAnswer.At(list[0], "campaign") is { ValueKind: JsonValueKind.Object } campaign
            ? (campaign, null)
            : (default, WriteOutcome.Failed($"Snapchat has no campaign {campaignId}."));
    }

    private static WriteOutcome? Refusal(PlatformAnswer answer)
    {
        if (answer.Ok && PlatformAnswer.Text(PlatformAnswer.At(answer.Body, "request_status")) != "ERROR")
        {
            return null;
        }

        var message = PlatformAnswer.Text(PlatformAnswer.At(answer.Body, "debug_message")) ?? $"Snapchat answered {(int)answer.Status}.";
        return answer.Status switch
        {
            HttpStatusCode.Unauthorized => WriteOutcome.Refused(message),
            HttpStatusCode.TooManyRequests => WriteOutcome.Later(answer.RetryAfter ?? DefaultWait, message),
            _ when (int)answer.Status >= 500 => WriteOutcome.Later(DefaultWait, message),
            _ => WriteOutcome.Failed(message),
        };
    }
}
