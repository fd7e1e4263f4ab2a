using System.Globalization;
using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Auth;
using GrainMarketing.FakePlatforms.Control;

namespace GrainMarketing.FakePlatforms.Snapchat;

/// <summary>
/// The Snapchat Marketing API under <c>/snapchat</c> (adsapi.snapchat.com and accounts.snapchat.com): OAuth,
/// organisations with their ad accounts, campaigns and ad squads (paged by <c>limit</c> and <c>paging.next_link</c>),
/// stats and campaign write-back.
/// </summary>
public static class SnapchatApi
{
    public static RouteGroupBuilder MapSnapchat(this IEndpointRouteBuilder routes)
    {
        var snapchat = routes.MapGroup("/snapchat");
        snapchat.MapGet("/login/oauth2/authorize", SnapchatOAuth.Authorize);
        snapchat.MapPost("/login/oauth2/access_token", SnapchatOAuth.AccessToken);
        snapchat.MapGet("/v1/me/organizations", Organizations);
        snapchat.MapGet("/v1/adaccounts/{id}/campaigns", Campaigns);
        snapchat.MapGet("/v1/campaigns/{id}", ReadCampaign);
        snapchat.MapGet("/v1/campaigns/{id}/adsquads", AdSquads);
        snapchat.MapGet("/v1/{entities}/{id}/stats", SnapchatStats.Read);
        snapchat.MapPut("/v1/adaccounts/{id}/campaigns", SnapchatWriteBack.Put);
        snapchat.MapPatch("/v1/adaccounts/{id}/campaigns", SnapchatWriteBack.Patch);
        return snapchat;
    }

    public static IResult? Enter(HttpRequest request, Gate gate)
    {
        var (state, verdict) = gate.Enter(Platform.Snapchat, Gate.Bearer(request));
        return state != TokenState.Valid ? SnapchatErrors.Token(state) : verdict.Throttled ? SnapchatErrors.Throttled() : null;
    }

    /// <summary>A list answer: one page of entities, each wrapped with its sub_request_status, and a next_link when more remain.</summary>
    public static IResult Page<T>(HttpRequest request, string plural, string singular, IReadOnlyList<T> all)
    {
        var limit = int.TryParse(request.Query["limit"], CultureInfo.InvariantCulture, out var l) ? l : 0;
        if (limit != 0 && limit is < 50 or > 1_000)
        {
            return SnapchatErrors.BadRequest("limit must be between 50 and 1000");
        }

        if (Cursor.Decode(request.Query["cursor"]) is not { } offset)
        {
            return SnapchatErrors.BadRequest("Invalid cursor");
        }

        var page = limit == 0 ? all.Skip(offset).ToList() : all.Skip(offset).Take(limit).ToList();
        var answer = new Dictionary<string, object>
        {
            ["request_status"] = "SUCCESS",
            ["request_id"] = Guid.NewGuid().ToString("N"),
            [plural] = page.Select(e => new Dictionary<string, object?> { ["sub_request_status"] = "SUCCESS", [singular] = e }).ToList(),
        };
        if (limit != 0 && offset + page.Count < all.Count)
        {
            answer["paging"] = new { next_link = Cursor.Next(request, "cursor", Cursor.Encode(offset + page.Count)) };
        }

        return Results.Json(answer);
    }

    public static Dictionary<string, object> Describe(AdAccount account, Campaign campaign) => new()
    {
        ["id"] = campaign.Id,
        ["name"] = campaign.Name,
        ["ad_account_id"] = account.Id,
        ["status"] = campaign.Active ? "ACTIVE" : "PAUSED",
        ["objective"] = campaign.Objective,
        ["daily_budget_micro"] = Money.Micros(campaign.DailyBudgetMinor),
        ["buy_model"] = "AUCTION",
    };

    private static IResult Organizations(HttpRequest request, Gate gate, AccountBook book)
    {
        if (Enter(request, gate) is { } refused)
        {
            return refused;
        }

        var organization = new
        {
            id = "0f6e3b0a-0000-4000-8000-0000000000a1",
            name = "GrainMarketing demo agency",
            ad_accounts = book.Of(Platform.Snapchat).Select(a => new { id = a.Id, name = a.Name, currency = a.Currency, timezone = a.TimeZone, status = "ACTIVE", type = "PARTNER" }).ToList(),
        };
        return Results.Json(new
        {
            request_status = "SUCCESS",
            request_id = Guid.NewGuid().ToString("N"),
            organizations = new[] { new { sub_request_status = "SUCCESS", organization } },
        });
    }

    private static IResult Campaigns(HttpRequest request, string id, Gate gate, AccountBook book)
    {
        if (Enter(request, gate) is { } refused)
        {
            return refused;
        }

        if (book.Find(Platform.Snapchat, id) is not { } account)
        {
            return SnapchatErrors.NotFound("Ad account " + id);
        }

        lock (account.Gate)
        {
            return Page(request, "campaigns", "campaign", account.Campaigns.Select(c => Describe(account, c)).ToList());
        }
    }

    private static IResult ReadCampaign(HttpRequest request, string id, Gate gate, AccountBook book)
    {
        if (Enter(request, gate) is { } refused)
        {
            return refused;
        }

        if (book.Owning(Platform.Snapchat, id) is not { } account || account.FindCampaign(id) is not { } campaign)
        {
            return SnapchatErrors.NotFound("Campaign " + id);
        }

        lock (account.Gate)
        {
            return Page(request, "campaigns", "campaign", [Describe(account, campaign)]);
        }
    }

    private static IResult AdSquads(HttpRequest request, string id, Gate gate, AccountBook book)
    {
        if (Enter(request, gate) is { } refused)
        {
            return refused;
        }

        if (book.Owning(Platform.Snapchat, id) is not { } account || account.FindCampaign(id) is not { } campaign)
        {
            return SnapchatErrors.NotFound("Campaign " + id);
        }

        lock (account.Gate)
        {
            var squads = campaign.AdSets.Select(s => new Dictionary<string, object>
            {
                ["id"] = s.Id,
                ["name"] = s.Name,
                ["campaign_id"] = campaign.Id,
                ["status"] = s.Active ? "ACTIVE" : "PAUSED",
                ["type"] = "SNAP_ADS",
                ["daily_budget_micro"] = Money.Micros(s.DailyBudgetMinor),
            }).ToList();
            return Page(request, "adsquads", "adsquad", squads);
        }
    }
}
