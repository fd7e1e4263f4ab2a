using System.Text.Json.Nodes;
using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Control;

namespace GrainMarketing.FakePlatforms.Snapchat;

/// <summary>
/// Campaign updates: <c>PUT /v1/adaccounts/{id}/campaigns</c> with whole entities (id, name, ad_account_id, status
/// required) and <c>PATCH</c> with only the changed fields (supported since May 2026 per PLATFORMS.md, unsure).
/// <c>status</c> ACTIVE/PAUSED, <c>daily_budget_micro</c> in micro-currency (whole cents, so a multiple of 10,000).
/// </summary>
public static class SnapchatWriteBack
{
    public static Task<IResult> Put(HttpRequest request, string id, Gate gate, AccountBook book) => UpdateAsync(request, id, gate, book, whole: true);

    public static Task<IResult> Patch(HttpRequest request, string id, Gate gate, AccountBook book) => UpdateAsync(request, id, gate, book, whole: false);

    private static async Task<IResult> UpdateAsync(HttpRequest request, string id, Gate gate, AccountBook book, bool whole)
    {
        if (SnapchatApi.Enter(request, gate) is { } refused)
        {
            return refused;
        }

        if (book.Find(Platform.Snapchat, id) is not { } account)
        {
            return SnapchatErrors.NotFound("Ad account " + id);
        }

        var body = await Google.GoogleApi.Body(request);
        var entities = (body?["campaigns"] as JsonArray ?? new JsonArray()).OfType<JsonObject>().ToList();
        if (entities.Count == 0)
        {
            return SnapchatErrors.BadRequest("campaigns: at least one campaign is required");
        }

        var changes = new List<(Campaign Campaign, bool? Active, long? BudgetMinor)>();
        foreach (var entity in entities)
        {
            var (change, error) = Read(account, entity, whole);
            if (error is not null)
            {
                return SnapchatErrors.BadRequest(error);
            }

            changes.Add(change!.Value);
        }

        lock (account.Gate)
        {
            foreach (var (campaign, active, budget) in changes)
            {
                campaign.Active = active ?? campaign.Active;
                campaign.DailyBudgetMinor = budget ?? campaign.DailyBudgetMinor;
            }

            return SnapchatApi.Page(request, "campaigns", "campaign", changes.Select(c => SnapchatApi.Describe(account, c.Campaign)).ToList());
        }
    }

    private static ((Campaign, bool?, long?)? Change, string? Error) Read(AdAccount account, JsonObject entity, bool whole)
    {
        if (account.FindCampaign(entity["id"]?.ToString() ?? "") is not { } campaign)
        {
            return (null, $"Campaign {entity["id"]} not found in ad account {account.Id}");
        }

        if (whole && (entity["name"] is null || entity["ad_account_id"]?.ToString() != account.Id || entity["status"] is null))
        {
            return (null, "PUT replaces the whole campaign: id, name, ad_account_id and status are required");
        }

        var status = entity["status"]?.ToString();
        if (status is not (null or "ACTIVE" or "PAUSED"))
        {
            return (null, "status must be ACTIVE or PAUSED");
        }

        long? budget = null;
        if (entity["daily_budget_micro"] is { } micro)
        {
            if (!long.TryParse(micro.ToString(), out var micros) || micros <= 0 || micros % 10_000 != 0)
            {
                return (null, "daily_budget_micro must be a positive amount in micro-currency, in whole cents");
            }

            budget = micros / 10_000;
        }

        return ((campaign, status is null ? (bool?)null : status == "ACTIVE", budget), null);
    }
}
