using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Control;

namespace GrainMarketing.FakePlatforms.Meta;

/// <summary>Graph reads of ad accounts, campaigns, ad sets and report runs; money as minor-unit strings ("5000" is 50.00).</summary>
public static class MetaEntities
{
    public static async Task<IResult> AdAccounts(HttpContext context, Gate gate, AccountBook book) =>
        await MetaApi.EnterAsync(context, gate, null) ?? Results.Json(new
        {
            data = book.Of(Platform.Meta).Select(Describe).ToList(),
            paging = new { cursors = new { before = Cursor.Encode(0), after = Cursor.Encode(book.Of(Platform.Meta).Count()) } },
        });

    public static async Task<IResult> Campaigns(HttpContext context, string node, Gate gate, AccountBook book)
    {
        var account = MetaApi.Account(book, node);
        if (await MetaApi.EnterAsync(context, gate, account?.Id) is { } refused)
        {
            return refused;
        }

        if (account is null)
        {
            return MetaApi.NoSuchObject(node);
        }

        lock (account.Gate)
        {
            return Results.Json(new { data = account.Campaigns.Select(c => Campaign(account, c)).ToList(), paging = new { cursors = new { before = Cursor.Encode(0), after = Cursor.Encode(account.Campaigns.Count) } } });
        }
    }

    public static async Task<IResult> AdSets(HttpContext context, string node, Gate gate, AccountBook book)
    {
        var account = MetaApi.Account(book, node);
        if (await MetaApi.EnterAsync(context, gate, account?.Id) is { } refused)
        {
            return refused;
        }

        if (account is null)
        {
            return MetaApi.NoSuchObject(node);
        }

        lock (account.Gate)
        {
            var sets = account.Campaigns.SelectMany(c => c.AdSets.Select(s => AdSet(account, c, s))).ToList();
            return Results.Json(new { data = sets, paging = new { cursors = new { before = Cursor.Encode(0), after = Cursor.Encode(sets.Count) } } });
        }
    }

    public static async Task<IResult> Read(HttpContext context, string node, Gate gate, AccountBook book, MetaReportRuns runs)
    {
        if (runs.Find(node) is { } run)
        {
            if (await MetaApi.EnterAsync(context, gate, run.AccountId) is { } refusedRun)
            {
                return refusedRun;
            }

            var (status, percent) = runs.Poll(run);
            return Results.Json(new
            {
                id = run.Id,
                account_id = run.AccountId,
                async_status = status,
                async_percent_completion = percent,
                time_ref = run.Created.ToUnixTimeSeconds(),
                is_running = percent < 100,
            });
        }

        var account = MetaApi.Account(book, node) ?? book.Owning(Platform.Meta, node);
        if (await MetaApi.EnterAsync(context, gate, account?.Id) is { } refused)
        {
            return refused;
        }

        if (account is null)
        {
            return MetaApi.NoSuchObject(node);
        }

        lock (account.Gate)
        {
            return node.StartsWith("act_", StringComparison.Ordinal) ? Results.Json(Describe(account))
                : account.FindCampaign(node) is { } campaign ? Results.Json(Campaign(account, campaign))
                : account.FindAdSet(node) is { } found ? Results.Json(AdSet(account, found.Campaign, found.AdSet))
                : MetaApi.NoSuchObject(node);
        }
    }

    private static object Describe(AdAccount account) => new
    {
        id = "act_" + account.Id,
        account_id = account.Id,
        name = account.Name,
        currency = account.Currency,
        timezone_name = account.TimeZone,
        account_status = 1,
    };

    private static Dictionary<string, object> Campaign(AdAccount account, Campaign campaign) => new()
    {
        ["id"] = campaign.Id,
        ["account_id"] = account.Id,
        ["name"] = campaign.Name,
        ["objective"] = campaign.Objective,
        ["status"] = campaign.Active ? "ACTIVE" : "PAUSED",
        ["effective_status"] = campaign.Active ? "ACTIVE" : "PAUSED",
        ["daily_budget"] = campaign.DailyBudgetMinor.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, object> AdSet(AdAccount account, Campaign campaign, AdSet adSet) => new()
    {
        ["id"] = adSet.Id,
        ["account_id"] = account.Id,
        ["campaign_id"] = campaign.Id,
        ["name"] = adSet.Name,
        ["status"] = adSet.Active ? "ACTIVE" : "PAUSED",
        ["effective_status"] = !campaign.Active ? "CAMPAIGN_PAUSED" : adSet.Active ? "ACTIVE" : "PAUSED",
        ["daily_budget"] = adSet.DailyBudgetMinor.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
