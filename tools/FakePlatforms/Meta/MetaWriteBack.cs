using System.Globalization;
using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Control;

namespace GrainMarketing.FakePlatforms.Meta;

/// <summary>
/// <c>POST /{version}/{campaign_or_adset_id}</c> with <c>status=PAUSED|ACTIVE</c> and/or <c>daily_budget</c> in minor
/// units; answers <c>{"success":true}</c>; the fifth budget change within an hour gets error 17.
/// </summary>
public static class MetaWriteBack
{
    public static async Task<IResult> Update(HttpContext context, string node, Gate gate, AccountBook book, TimeProvider time)
    {
        var account = book.Owning(Platform.Meta, node);
        if (await MetaApi.EnterAsync(context, gate, account?.Id) is { } refused)
        {
            return refused;
        }

        if (account is null)
        {
            return MetaApi.NoSuchObject(node);
        }

        var status = await MetaApi.ParamAsync(context.Request, "status");
        var budgetText = await MetaApi.ParamAsync(context.Request, "daily_budget");
        if (status is not (null or "ACTIVE" or "PAUSED"))
        {
            return MetaErrors.Error(400, 100, "(#100) Param status must be one of {ACTIVE, PAUSED, DELETED, ARCHIVED}; the fake platform accepts ACTIVE and PAUSED.");
        }

        long? budget = null;
        if (budgetText is not null)
        {
            if (!long.TryParse(budgetText, NumberStyles.None, CultureInfo.InvariantCulture, out var minor) || minor <= 0)
            {
                return MetaErrors.Error(400, 100, "(#100) Param daily_budget must be a positive integer in the account currency's minor units.");
            }

            budget = minor;
        }

        return Apply(account, node, status, budget, time.GetUtcNow());
    }

    private static IResult Apply(AdAccount account, string node, string? status, long? budget, DateTimeOffset now)
    {
        lock (account.Gate)
        {
            var campaign = account.FindCampaign(node);
            var adSet = account.FindAdSet(node)?.AdSet;
            var changes = campaign?.BudgetChanges ?? adSet!.BudgetChanges;
            if (budget is not null && !BudgetLimit.TryRecord(changes, now))
            {
                // Unsure of the subcode Meta attaches to the budget-change limit; the code is 17 per PLATFORMS.md.
                return MetaErrors.Error(400, 17, "(#17) User request limit reached: an ad set's budget can change at most 4 times an hour.", 2446079);
            }

            if (campaign is not null)
            {
                campaign.Active = status is null ? campaign.Active : status == "ACTIVE";
                campaign.DailyBudgetMinor = budget ?? campaign.DailyBudgetMinor;
            }
            else
            {
                var target = adSet!;
                target.Active = status is null ? target.Active : status == "ACTIVE";
                target.DailyBudgetMinor = budget ?? target.DailyBudgetMinor;
            }
        }

        return Results.Json(new { success = true });
    }
}
