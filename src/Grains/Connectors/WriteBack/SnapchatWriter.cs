using System.Globalization;
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
/// <remarks>Errors are read by <see cref="SnapchatError"/>. Ad squads are not pushed yet.</remarks>
public sealed class SnapchatWriter(HttpClient http, PlatformEndpoints endpoints, string adAccountId) : IPlatformWriter
{
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
        if (SnapchatError.Classify(await PlatformAnswer.SendAsync(http, request, cancellation)) is { } error)
        {
            return WriteOutcome.For(error);
        }

        (campaign, problem) = await ReadAsync(change.CampaignId, accessToken, cancellation);
        if (problem is not null)
        {
            return problem;
        }

        var status = PlatformHttp.Text(campaign, "status");
        var micros = PlatformHttp.Text(campaign, "daily_budget_micro");
        return change.Active is { } wanted
            ? status == (wanted ? "ACTIVE" : "PAUSED") ? WriteOutcome.Confirmed : WriteOutcome.Failed($"Snapchat accepted the change but reads back status {status}.")
            : micros == Micros(change).ToString(CultureInfo.InvariantCulture) ? WriteOutcome.Confirmed : WriteOutcome.Failed($"Snapchat accepted the change but reads back daily_budget_micro {micros}.");
    }

    private static long Micros(PlatformChange change) => PlatformMoney.Micros(change.Budget!.Value, change.Currency);

    private async Task<(JsonElement Campaign, WriteOutcome? Problem)> ReadAsync(string campaignId, string accessToken, CancellationToken cancellation)
    {
        var answer = await PlatformAnswer.SendAsync(http, PlatformHttp.Get(PlatformHttp.Join(endpoints.ApiBaseUrl!, $"{endpoints.ApiVersion}/campaigns/{campaignId}"), accessToken), cancellation);
        if (SnapchatError.Classify(answer) is { } error)
        {
            return (default, WriteOutcome.For(error));
        }

        return PlatformHttp.At(answer.Body, "campaigns") is { ValueKind: JsonValueKind.Array } list && list.GetArrayLength() > 0
            && PlatformHttp.At(list[0], "campaign") is { ValueKind: JsonValueKind.Object } campaign
            ? (campaign, null)
            : (default, WriteOutcome.Failed($"Snapchat has no campaign {campaignId}."));
    }
}
