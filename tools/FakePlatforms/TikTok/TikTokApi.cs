using System.Text.Json;
using System.Text.Json.Nodes;
using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Auth;
using GrainMarketing.FakePlatforms.Control;
using Microsoft.Extensions.Options;

namespace GrainMarketing.FakePlatforms.TikTok;

/// <summary>
/// The TikTok API for Business under <c>/tiktok</c> (business-api.tiktok.com): the auth portal and token
/// exchange, authorised advertisers, campaigns, the integrated report and campaign write-back. The token
/// travels in the <c>Access-Token</c> header.
/// </summary>
public static class TikTokApi
{
    private const string Base = "/open_api/v1.3";

    public static RouteGroupBuilder MapTikTok(this IEndpointRouteBuilder routes)
    {
        var tiktok = routes.MapGroup("/tiktok");
        tiktok.MapGet("/portal/auth", TikTokOAuth.Portal);
        tiktok.MapPost(Base + "/oauth2/access_token/", TikTokOAuth.AccessToken);
        tiktok.MapPost(Base + "/oauth2/revoke_token/", TikTokOAuth.Revoke);
        tiktok.MapGet(Base + "/oauth2/advertiser/get/", Advertisers);
        tiktok.MapGet(Base + "/advertiser/info/", AdvertiserInfo);
        tiktok.MapGet(Base + "/campaign/get/", TikTokCampaigns.List);
        tiktok.MapPost(Base + "/campaign/status/update/", TikTokCampaigns.UpdateStatus);
        tiktok.MapPost(Base + "/campaign/update/", TikTokCampaigns.UpdateBudget);
        tiktok.MapGet(Base + "/report/integrated/get/", TikTokReports.Read);
        return tiktok;
    }

    /// <summary>The token and budget check; the refusal (HTTP 200 with a code) or null.</summary>
    public static IResult? Enter(HttpRequest request, Gate gate)
    {
        var (state, verdict) = gate.Enter(Platform.TikTok, request.Headers["Access-Token"].FirstOrDefault());
        return state != TokenState.Valid ? TikTokEnvelope.Token(state) : verdict.Throttled ? TikTokEnvelope.Throttled() : null;
    }

    public static async Task<JsonObject?> Body(HttpRequest request)
    {
        try
        {
            return await JsonNode.ParseAsync(request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>TikTok's list parameters are JSON arrays in the query string.</summary>
    public static List<string>? JsonList(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<string>>(value);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Advertisers(HttpRequest request, Gate gate, AccountBook book, IOptions<FakeOptions> options)
    {
        if (Enter(request, gate) is { } refused)
        {
            return refused;
        }

        if (request.Query["app_id"] != options.Value.TikTok.ClientId || request.Query["secret"] != options.Value.TikTok.ClientSecret)
        {
            return TikTokEnvelope.Error(40001, "The app_id or secret is invalid.");
        }

        return TikTokEnvelope.Ok(new { list = book.Of(Platform.TikTok).Select(a => new { advertiser_id = a.Id, advertiser_name = a.Name }).ToList() });
    }

    private static IResult AdvertiserInfo(HttpRequest request, Gate gate, AccountBook book)
    {
        if (Enter(request, gate) is { } refused)
        {
            return refused;
        }

        if (JsonList(request.Query["advertiser_ids"]) is not { Count: > 0 } ids)
        {
            return TikTokEnvelope.Error(40002, "advertiser_ids: a JSON array of advertiser ids is required.");
        }

        if (ids.FirstOrDefault(id => book.Find(Platform.TikTok, id) is null) is { } missing)
        {
            return TikTokEnvelope.NoPermission(missing);
        }

        return TikTokEnvelope.Ok(new
        {
            list = ids.Select(id => book.Find(Platform.TikTok, id)!).Select(a => new
            {
                advertiser_id = a.Id,
                name = a.Name,
                currency = a.Currency,
                timezone = a.TimeZone,
                display_timezone = a.TimeZone,
                status = "STATUS_ENABLE",
            }).ToList(),
        });
    }
}
