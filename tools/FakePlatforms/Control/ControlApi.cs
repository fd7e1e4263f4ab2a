using System.Globalization;
using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Auth;

namespace GrainMarketing.FakePlatforms.Control;

/// <summary>
/// The tests' window into the fake (<c>/_fake/...</c>, no real platform has it): the seeded accounts, the
/// exact truth, the request log, and levers for throttling, token expiry, restatement and reset.
/// </summary>
public static class ControlApi
{
    public static RouteGroupBuilder MapControl(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/_fake");
        group.MapGet("/health", () => Results.Text("ok"));
        group.MapGet("/accounts", ListAccounts);
        group.MapGet("/{platform}/accounts/{id}/truth", Truth.Read);
        group.MapGet("/requests", (RequestLog log, long? after, string? platform) => Results.Json(log.Since(after ?? 0, platform)));
        group.MapPost("/{platform}/throttle", ForceThrottle);
        group.MapPost("/{platform}/accounts/{id}/restate", Restate);
        group.MapPost("/restatements/tick", Tick);
        group.MapPost("/{platform}/tokens", IssueToken);
        group.MapPost("/{platform}/tokens/revoke-all", RevokeAll);
        group.MapPost("/tokens/expire", (TokenRequest body, TokenStore tokens) => tokens.Expire(body.Token) ? Results.NoContent() : Results.NotFound());
        group.MapPost("/tokens/revoke", (TokenRequest body, TokenStore tokens) => tokens.Revoke(body.Token) ? Results.NoContent() : Results.NotFound());
        group.MapPost("/reset", Reset);
        return group;
    }

    private static IResult ListAccounts(AccountBook book, Ledger ledger) => Results.Json(book.All.Select(a =>
    {
        lock (a.Gate)
        {
            return new
            {
                platform = PlatformFacts.Prefix(a.Platform),
                id = a.Id,
                name = a.Name,
                currency = a.Currency,
                timeZone = a.TimeZone,
                firstDay = ledger.FirstDay(a),
                today = ledger.Today(a),
                restatementDays = PlatformFacts.RestatementDays(a.Platform),
                campaigns = a.Campaigns.Select(c => new
                {
                    id = c.Id,
                    name = c.Name,
                    objective = c.Objective,
                    active = c.Active,
                    dailyBudgetMinor = c.DailyBudgetMinor,
                    budgetId = c.BudgetId,
                    adSets = c.AdSets.Select(s => new
                    {
                        id = s.Id,
                        name = s.Name,
                        active = s.Active,
                        dailyBudgetMinor = s.DailyBudgetMinor,
                        ads = s.Ads.Select(ad => new { id = ad.Id, name = ad.Name }).ToList(),
                    }).ToList(),
                }).ToList(),
            };
        }
    }).ToList());

    private static IResult ForceThrottle(string platform, int requests, Throttle throttle)
    {
        if (PlatformFacts.FromPrefix(platform) is not { } p || requests < 0)
        {
            return Results.NotFound();
        }

        throttle.Force(p, requests);
        return Results.NoContent();
    }

    private static IResult Restate(string platform, string id, string date, AccountBook book, Restatements restatements)
    {
        if (PlatformFacts.FromPrefix(platform) is not { } p || book.Find(p, id) is not { } account)
        {
            return Results.NotFound();
        }

        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Results.BadRequest(new { error = "date must be yyyy-MM-dd" });
        }

        return Results.Json(new { date = day, revision = restatements.Restate(account, day) });
    }

    private static IResult Tick(AccountBook book, Restatements restatements, Ledger ledger)
    {
        restatements.Tick(book.All, ledger.Today);
        return Results.NoContent();
    }

    private static IResult IssueToken(string platform, int? seconds, TokenStore tokens)
    {
        if (PlatformFacts.FromPrefix(platform) is not { } p)
        {
            return Results.NotFound();
        }

        var token = tokens.IssueAccess(p, seconds is { } s ? TimeSpan.FromSeconds(s) : null);
        var refresh = tokens.IssueRefresh(p);
        return Results.Json(new { accessToken = token.Value, refreshToken = refresh.Value, expiresAt = token.ExpiresAt });
    }

    /// <summary>Revokes every token of one platform, as a person removing the app's access there would.</summary>
    private static IResult RevokeAll(string platform, TokenStore tokens) =>
        PlatformFacts.FromPrefix(platform) is { } p ? Results.Json(new { revoked = tokens.RevokeAll(p) }) : Results.NotFound();

    private static IResult Reset(AccountBook book, Restatements restatements, TokenStore tokens, AuthorizationCodes codes, Throttle throttle, RequestLog log, Meta.MetaReportRuns runs)
    {
        book.Reset();
        restatements.Reset();
        tokens.Reset();
        codes.Reset();
        throttle.Reset();
        runs.Reset();
        log.Clear();
        return Results.NoContent();
    }
}
