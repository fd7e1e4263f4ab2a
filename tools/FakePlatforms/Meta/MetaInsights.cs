using System.Globalization;
using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Control;

namespace GrainMarketing.FakePlatforms.Meta;

/// <summary>
/// Insights rows as Graph writes them: every metric a string, spend in major units, purchases inside
/// <c>actions</c>/<c>action_values</c>, rows without delivery left out, pages behind <c>paging.cursors.after</c>.
/// </summary>
public static class MetaInsights
{
    private const string Purchase = "offsite_conversion.fb_pixel_purchase";

    /// <summary>The rows a query reports, those without delivery left out.</summary>
    public static List<(RowKey Key, Stats Stats)> Rows(AdAccount account, MetaQuery query, Ledger ledger) =>
        [.. ledger.Rows(account, query.Since, query.Until, Grouping.At(query.Level, query.Daily, query.ByAge, query.ByGender, account.Id)).Where(r => r.Stats.Impressions > 0)];

    public static IResult Page(HttpRequest request, AdAccount account, MetaQuery query, IReadOnlyList<(RowKey Key, Stats Stats)> rows, string? after)
    {
        if (Cursor.Decode(after) is not { } offset)
        {
            return MetaErrors.Error(400, 100, "(#100) Invalid cursor", type: "OAuthException");
        }

        var page = rows.Skip(offset).Take(query.Limit).Select(r => Row(account, query, r.Key, r.Stats)).ToList();
        var next = offset + page.Count;
        var paging = new Dictionary<string, object>
        {
            ["cursors"] = new { before = Cursor.Encode(offset), after = Cursor.Encode(next) },
        };
        if (next < rows.Count)
        {
            paging["next"] = Cursor.Next(request, "after", Cursor.Encode(next));
        }

        return Results.Json(new { data = page, paging });
    }

    private static Dictionary<string, object?> Row(AdAccount account, MetaQuery query, RowKey key, Stats stats)
    {
        var (campaign, adSet, ad) = Owners(account, key.Entity);
        var row = new Dictionary<string, object?>();
        foreach (var field in query.Fields)
        {
            object? value = field switch
            {
                "account_id" => account.Id,
                "account_name" => account.Name,
                "account_currency" => account.Currency,
                "campaign_id" => campaign?.Id,
                "campaign_name" => campaign?.Name,
                "adset_id" => adSet?.Id,
                "adset_name" => adSet?.Name,
                "ad_id" => ad?.Id,
                "ad_name" => ad?.Name,
                "objective" => campaign?.Objective,
                "impressions" => Count(stats.Impressions),
                "clicks" => Count(stats.Clicks),
                "spend" => Money.Major(stats.SpendMinor),
                "cpm" => Ratio(stats.SpendMinor * 1_000m / 100m, stats.Impressions),
                "ctr" => Ratio(stats.Clicks * 100m, stats.Impressions),
                "actions" => Actions(stats, Count(stats.Conversions), Count(stats.Clicks), query.Windows),
                "action_values" => Values(stats, query.Windows),
                _ => null,
            };
            if (value is not null)
            {
                row[field] = value;
            }
        }

        if (query.ByAge)
        {
            row["age"] = key.Age;
        }

        if (query.ByGender)
        {
            row["gender"] = key.Gender;
        }

        row["date_start"] = (key.Day ?? query.Since).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        row["date_stop"] = (key.Day ?? query.Until).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return row;
    }

    // Meta leaves an action type out when it is zero; the purchase appears under the pixel type and the omni "purchase".
    private static List<Dictionary<string, string>>? Actions(Stats stats, string conversions, string clicks, IReadOnlyList<string> windows)
    {
        var list = new List<Dictionary<string, string>>();
        if (stats.Clicks > 0)
        {
            list.Add(Action("link_click", clicks, windows));
        }

        if (stats.Conversions > 0)
        {
            list.Add(Action(Purchase, conversions, windows));
            list.Add(Action("purchase", conversions, windows));
        }

        return list.Count > 0 ? list : null;
    }

    private static List<Dictionary<string, string>>? Values(Stats stats, IReadOnlyList<string> windows) =>
        stats.ValueMinor > 0
            ? [Action(Purchase, Money.Major(stats.ValueMinor), windows), Action("purchase", Money.Major(stats.ValueMinor), windows)]
            : null;

    // With attribution windows asked for, each action also carries one value per window. The fake credits every
    // conversion to the click windows and none to the view window (unsure how Meta splits them).
    private static Dictionary<string, string> Action(string type, string value, IReadOnlyList<string> windows)
    {
        var action = new Dictionary<string, string> { ["action_type"] = type, ["value"] = value };
        foreach (var window in windows)
        {
            action[window] = window.EndsWith("_click", StringComparison.Ordinal) ? value : "0";
        }

        return action;
    }

    private static (Campaign?, AdSet?, Ad?) Owners(AdAccount account, string entity)
    {
        foreach (var campaign in account.Campaigns)
        {
            if (campaign.Id == entity)
            {
                return (campaign, null, null);
            }

            foreach (var adSet in campaign.AdSets)
            {
                if (adSet.Id == entity)
                {
                    return (campaign, adSet, null);
                }

                if (adSet.Ads.FirstOrDefault(a => a.Id == entity) is { } ad)
                {
                    return (campaign, adSet, ad);
                }
            }
        }

        return (null, null, null);
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(decimal numerator, long denominator) =>
        denominator == 0 ? "0" : (numerator / denominator).ToString("0.######", CultureInfo.InvariantCulture);
}
