using System.Globalization;
using GrainMarketing.FakePlatforms.Accounts;

namespace GrainMarketing.FakePlatforms.Google;

/// <summary>
/// The GAQL resources the fake serves and the fields each may select. Demographics come from two separate
/// views, <c>age_range_view</c> and <c>gender_view</c>: Google has no age × gender cross, so asking one view
/// for the other's field is an unrecognised field.
/// </summary>
public static class GoogleResources
{
    public static readonly string[] Metrics =
        ["metrics.impressions", "metrics.clicks", "metrics.cost_micros", "metrics.conversions", "metrics.conversions_value"];

    private static readonly string[] Customer = ["customer.id", "customer.descriptive_name", "customer.currency_code", "customer.time_zone", "customer.resource_name"];

    private static readonly string[] CampaignFields =
    [
        "campaign.id", "campaign.name", "campaign.status", "campaign.advertising_channel_type", "campaign.campaign_budget",
        "campaign.resource_name", "campaign_budget.id", "campaign_budget.amount_micros", "campaign_budget.resource_name",
    ];

    private static readonly string[] AdGroupFields = ["ad_group.id", "ad_group.name", "ad_group.status", "ad_group.resource_name"];

    private static readonly Dictionary<string, string[]> Selectable = new()
    {
        ["customer"] = [.. Customer, .. Metrics, "segments.date"],
        ["campaign"] = [.. Customer, .. CampaignFields, .. Metrics, "segments.date"],
        ["campaign_budget"] = ["campaign_budget.id", "campaign_budget.amount_micros", "campaign_budget.resource_name", "campaign_budget.name"],
        ["ad_group"] = [.. Customer, .. CampaignFields, .. AdGroupFields, .. Metrics, "segments.date"],
        ["ad_group_ad"] = [.. Customer, .. CampaignFields, .. AdGroupFields, "ad_group_ad.ad.id", "ad_group_ad.ad.name", "ad_group_ad.status", "ad_group_ad.resource_name", .. Metrics, "segments.date"],
        ["age_range_view"] = [.. Customer, .. CampaignFields, .. AdGroupFields, "ad_group_criterion.criterion_id", "ad_group_criterion.age_range.type", "age_range_view.resource_name", .. Metrics, "segments.date"],
        ["gender_view"] = [.. Customer, .. CampaignFields, .. AdGroupFields, "ad_group_criterion.criterion_id", "ad_group_criterion.gender.type", "gender_view.resource_name", .. Metrics, "segments.date"],
    };

    // Google's criterion ids for the age ranges (503001…503006) and genders (10, 11, 20).
    private static readonly Dictionary<string, string> CriterionIds = new()
    {
        ["AGE_RANGE_18_24"] = "503001",
        ["AGE_RANGE_25_34"] = "503002",
        ["AGE_RANGE_35_44"] = "503003",
        ["AGE_RANGE_45_54"] = "503004",
        ["AGE_RANGE_55_64"] = "503005",
        ["AGE_RANGE_65_UP"] = "503006",
        ["MALE"] = "10",
        ["FEMALE"] = "11",
        ["UNDETERMINED"] = "20",
    };

    public static bool IsKnown(string resource) => Selectable.ContainsKey(resource);

    public static bool CanSelect(string resource, string field) => Selectable[resource].Contains(field);

    /// <summary>Every field value of one row, keyed by GAQL field name; int64s as strings, doubles as doubles, as the REST API writes them.</summary>
    public static Dictionary<string, object?> Values(AdAccount account, Campaign campaign, AdSet? adSet, Ad? ad, RowKey key, Stats? stats)
    {
        var c = account.Id;
        var values = new Dictionary<string, object?>
        {
            ["customer.id"] = c,
            ["customer.descriptive_name"] = account.Name,
            ["customer.currency_code"] = account.Currency,
            ["customer.time_zone"] = account.TimeZone,
            ["customer.resource_name"] = $"customers/{c}",
            ["campaign.id"] = campaign.Id,
            ["campaign.name"] = campaign.Name,
            ["campaign.status"] = campaign.Active ? "ENABLED" : "PAUSED",
            ["campaign.advertising_channel_type"] = campaign.Objective,
            ["campaign.campaign_budget"] = $"customers/{c}/campaignBudgets/{campaign.BudgetId}",
            ["campaign.resource_name"] = $"customers/{c}/campaigns/{campaign.Id}",
            ["campaign_budget.id"] = campaign.BudgetId,
            ["campaign_budget.name"] = campaign.Name + " budget",
            ["campaign_budget.amount_micros"] = Money.Micros(campaign.DailyBudgetMinor).ToString(CultureInfo.InvariantCulture),
            ["campaign_budget.resource_name"] = $"customers/{c}/campaignBudgets/{campaign.BudgetId}",
            ["segments.date"] = key.Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        if (adSet is not null)
        {
            values["ad_group.id"] = adSet.Id;
            values["ad_group.name"] = adSet.Name;
            values["ad_group.status"] = adSet.Active ? "ENABLED" : "PAUSED";
            values["ad_group.resource_name"] = $"customers/{c}/adGroups/{adSet.Id}";
            var criterion = CriterionIds.GetValueOrDefault(key.Age.Length > 0 ? key.Age : key.Gender, "");
            values["ad_group_criterion.criterion_id"] = criterion;
            values["ad_group_criterion.age_range.type"] = key.Age;
            values["ad_group_criterion.gender.type"] = key.Gender;
            values["age_range_view.resource_name"] = $"customers/{c}/ageRangeViews/{adSet.Id}~{criterion}";
            values["gender_view.resource_name"] = $"customers/{c}/genderViews/{adSet.Id}~{criterion}";
        }

        if (ad is not null)
        {
            values["ad_group_ad.ad.id"] = ad.Id;
            values["ad_group_ad.ad.name"] = ad.Name;
            values["ad_group_ad.status"] = "ENABLED";
            values["ad_group_ad.resource_name"] = $"customers/{c}/adGroupAds/{adSet!.Id}~{ad.Id}";
        }

        if (stats is { } s)
        {
            values["metrics.impressions"] = s.Impressions.ToString(CultureInfo.InvariantCulture);
            values["metrics.clicks"] = s.Clicks.ToString(CultureInfo.InvariantCulture);
            values["metrics.cost_micros"] = Money.Micros(s.SpendMinor).ToString(CultureInfo.InvariantCulture);
            values["metrics.conversions"] = (double)s.Conversions;
            values["metrics.conversions_value"] = Money.MajorDouble(s.ValueMinor);
        }

        return values;
    }
}
