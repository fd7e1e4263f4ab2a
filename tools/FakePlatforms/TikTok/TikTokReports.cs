using System.Globalization;
using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Control;

namespace GrainMarketing.FakePlatforms.TikTok;

/// <summary>
/// <c>report/integrated/get/</c>: BASIC and AUDIENCE (age, gender) reports at advertiser, campaign, ad group and
/// ad level, metrics as strings (the attribute metrics <c>campaign_id</c> and <c>adgroup_id</c> name an ad's parents, as
/// TikTok's do), <c>page</c>/<c>page_size</c> (at most 1,000) with <c>page_info</c>. A day split
/// is limited to 30 days a request (unsure of the exact limit); longer asks get code 40002.
/// </summary>
public static class TikTokReports
{
    // Purchase metrics: complete_payment is the count, total_complete_payment_rate its value (TikTok's naming; unsure).
    private static readonly string[] Known =
        ["spend", "impressions", "clicks", "conversion", "complete_payment", "total_complete_payment_rate", "campaign_id", "campaign_name", "adgroup_id", "adgroup_name", "ad_name", "objective_type", "currency"];

    private static readonly Dictionary<string, (string Level, string Id)> Levels = new()
    {
        ["AUCTION_ADVERTISER"] = ("account", "advertiser_id"),
        ["AUCTION_CAMPAIGN"] = ("campaign", "campaign_id"),
        ["AUCTION_ADGROUP"] = ("adset", "adgroup_id"),
        ["AUCTION_AD"] = ("ad", "ad_id"),
    };

    public static IResult Read(HttpRequest request, Gate gate, AccountBook book, Ledger ledger)
    {
        if (TikTokApi.Enter(request, gate) is { } refused)
        {
            return refused;
        }

        var q = request.Query;
        var advertiser = q["advertiser_id"].ToString();
        if (book.Find(Platform.TikTok, advertiser) is not { } account)
        {
            return TikTokEnvelope.NoPermission(advertiser);
        }

        var (query, error) = TikTokQuery.Parse(q, Levels, Known);
        if (query is null)
        {
            return TikTokEnvelope.Error(40002, error!);
        }

        var grouping = Grouping.At(query.Level, query.Daily, query.ByAge, query.ByGender, account.Id);
        List<(RowKey Key, Stats Stats)> rows;
        lock (account.Gate)
        {
            rows = ledger.Rows(account, query.Start, query.End, grouping).Where(r => r.Stats.Impressions > 0).ToList();
        }

        var list = rows.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).Select(r => Row(account, query, r.Key, r.Stats)).ToList();
        return TikTokEnvelope.Ok(new
        {
            list,
            page_info = new { page = query.Page, page_size = query.PageSize, total_number = rows.Count, total_page = (rows.Count + query.PageSize - 1) / query.PageSize },
        });
    }

    private static object Row(AdAccount account, TikTokQuery query, RowKey key, Stats stats)
    {
        var dimensions = new Dictionary<string, string> { [query.IdDimension] = key.Entity };
        if (key.Day is { } day)
        {
            dimensions["stat_time_day"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 00:00:00";
        }

        if (query.ByAge)
        {
            dimensions["age"] = key.Age;
        }

        if (query.ByGender)
        {
            dimensions["gender"] = key.Gender;
        }

        var campaign = account.Campaigns.FirstOrDefault(c => c.Id == key.Entity || c.AdSets.Any(s => s.Id == key.Entity || s.Ads.Any(a => a.Id == key.Entity)));
        var adSet = campaign?.AdSets.FirstOrDefault(s => s.Id == key.Entity || s.Ads.Any(a => a.Id == key.Entity));
        var metrics = query.Metrics.ToDictionary(m => m, m => m switch
        {
            "spend" => Money.Major(stats.SpendMinor),
            "impressions" => Count(stats.Impressions),
            "clicks" => Count(stats.Clicks),
            "conversion" or "complete_payment" => Count(stats.Conversions),
            "total_complete_payment_rate" => Money.Major(stats.ValueMinor),
            "campaign_id" => campaign?.Id ?? "-",
            "campaign_name" => campaign?.Name ?? "-",
            "adgroup_id" => adSet?.Id ?? "-",
            "adgroup_name" => adSet?.Name ?? "-",
            "ad_name" => adSet?.Ads.FirstOrDefault(a => a.Id == key.Entity)?.Name ?? "-",
            "objective_type" => campaign?.Objective ?? "-",
            _ => account.Currency,
        });
        return new { dimensions, metrics };
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
