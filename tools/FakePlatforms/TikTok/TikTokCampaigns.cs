using System.Globalization;
using System.Text.Json.Nodes;
using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Control;

namespace GrainMarketing.FakePlatforms.TikTok;

/// <summary>
/// TikTok campaigns: <c>campaign/get/</c> (paged), <c>campaign/status/update/</c> (<c>operation_status</c> ENABLE/DISABLE)
/// and <c>campaign/update/</c> (<c>budget</c>, a float in major units). The answers' data shapes are unsure beyond the ids.
/// </summary>
public static class TikTokCampaigns
{
    public static IResult List(HttpRequest request, Gate gate, AccountBook book)
    {
        if (TikTokApi.Enter(request, gate) is { } refused)
        {
            return refused;
        }

        var advertiser = request.Query["advertiser_id"].ToString();
        if (book.Find(Platform.TikTok, advertiser) is not { } account)
        {
            return TikTokEnvelope.NoPermission(advertiser);
        }

        var page = int.TryParse(request.Query["page"], CultureInfo.InvariantCulture, out var p) ? Math.Max(1, p) : 1;
        var size = int.TryParse(request.Query["page_size"], CultureInfo.InvariantCulture, out var s) ? Math.Clamp(s, 1, 1_000) : 10;
        lock (account.Gate)
        {
            var all = account.Campaigns.Select(c => Describe(account, c)).ToList();
            return TikTokEnvelope.Ok(new
            {
                list = all.Skip((page - 1) * size).Take(size).ToList(),
                page_info = new { page, page_size = size, total_number = all.Count, total_page = (all.Count + size - 1) / size },
            });
        }
    }

    public static async Task<IResult> UpdateStatus(HttpRequest request, Gate gate, AccountBook book)
    {
        if (TikTokApi.Enter(request, gate) is { } refused)
        {
            return refused;
        }

        var body = await TikTokApi.Body(request);
        var advertiser = body?["advertiser_id"]?.ToString() ?? "";
        if (book.Find(Platform.TikTok, advertiser) is not { } account)
        {
            return TikTokEnvelope.NoPermission(advertiser);
        }

        var status = body?["operation_status"]?.ToString();
        var ids = (body?["campaign_ids"] as JsonArray ?? new JsonArray()).Select(n => n?.ToString() ?? "").ToList();
        if (status is not ("ENABLE" or "DISABLE") || ids.Count == 0)
        {
            return TikTokEnvelope.Error(40002, "operation_status must be ENABLE or DISABLE and campaign_ids non-empty.");
        }

        if (ids.FirstOrDefault(id => account.FindCampaign(id) is null) is { } missing)
        {
            return TikTokEnvelope.Error(40002, $"Campaign {missing} does not exist.");
        }

        lock (account.Gate)
        {
            ids.ForEach(id => account.FindCampaign(id)!.Active = status == "ENABLE");
        }

        return TikTokEnvelope.Ok(new { campaign_ids = ids, status });
    }

    public static async Task<IResult> UpdateBudget(HttpRequest request, Gate gate, AccountBook book)
    {
        if (TikTokApi.Enter(request, gate) is { } refused)
        {
            return refused;
        }

        var body = await TikTokApi.Body(request);
        var advertiser = body?["advertiser_id"]?.ToString() ?? "";
        if (book.Find(Platform.TikTok, advertiser) is not { } account)
        {
            return TikTokEnvelope.NoPermission(advertiser);
        }

        if (account.FindCampaign(body?["campaign_id"]?.ToString() ?? "") is not { } campaign)
        {
            return TikTokEnvelope.Error(40002, "campaign_id does not exist.");
        }

        if (body?["budget"] is not JsonValue value || !decimal.TryParse(value.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var budget)
            || budget <= 0 || decimal.Round(budget, 2) != budget)
        {
            return TikTokEnvelope.Error(40002, "budget must be a positive amount in the account currency with at most two decimals.");
        }

        lock (account.Gate)
        {
            campaign.DailyBudgetMinor = (long)(budget * 100);
            return TikTokEnvelope.Ok(Describe(account, campaign));
        }
    }

    private static object Describe(AdAccount account, Campaign campaign) => new
    {
        advertiser_id = account.Id,
        campaign_id = campaign.Id,
        campaign_name = campaign.Name,
        objective_type = campaign.Objective,
        budget_mode = "BUDGET_MODE_DAY",
        budget = (double)(campaign.DailyBudgetMinor / 100m),
        operation_status = campaign.Active ? "ENABLE" : "DISABLE",
        secondary_status = campaign.Active ? "CAMPAIGN_STATUS_ENABLE" : "CAMPAIGN_STATUS_DISABLE",
    };
}
