using GrainMarketing.FakePlatforms.Accounts;

namespace GrainMarketing.FakePlatforms.Google;

/// <summary>Runs a parsed GAQL query over an account's cells: grouped by the resource and the selected segments, filtered by WHERE.</summary>
public static class GoogleReports
{
    /// <summary>The rows (field name → value), or the queryError value and message refusing the query.</summary>
    public static (List<Dictionary<string, object?>>? Rows, string? ErrorCode, string? Error) Run(AdAccount account, GaqlQuery query, Ledger ledger)
    {
        if (!GoogleResources.IsKnown(query.Resource))
        {
            return (null, "BAD_RESOURCE_TYPE_IN_FROM_CLAUSE", $"The fake platform does not serve the resource '{query.Resource}'.");
        }

        if (query.Fields.Concat(query.Conditions.Select(c => c.Field)).FirstOrDefault(f => !GoogleResources.CanSelect(query.Resource, f)) is { } unknown)
        {
            return (null, "UNRECOGNIZED_FIELD", $"Unrecognized field in the query: '{unknown}'.");
        }

        var byDay = query.Fields.Contains("segments.date");
        var dates = query.On("segments.date").ToList();
        if (byDay && dates.Count == 0)
        {
            return (null, "EXPECTED_FILTERS_ON_DATE_RANGE", "A filter on segments.date with a finite range is required when segments.date is selected.");
        }

        lock (account.Gate)
        {
            var rows = query.Fields.Any(f => f.StartsWith("metrics.", StringComparison.Ordinal)) || byDay
                ? Measured(account, query, ledger, byDay, dates)
                : Entities(account, query.Resource);
            // Without segments.date in SELECT the rows span the whole range, which the date conditions already bounded.
            var filters = query.Conditions.Where(c => byDay || c.Field != "segments.date").ToList();
            var kept = rows.Where(r => filters.All(c => c.Holds(r.GetValueOrDefault(c.Field))));
            return ((query.Limit is { } limit ? kept.Take(limit) : kept).ToList(), null, null);
        }
    }

    private static IEnumerable<Dictionary<string, object?>> Measured(AdAccount account, GaqlQuery query, Ledger ledger, bool byDay, List<GaqlCondition> dates)
    {
        var (since, until) = Range(dates, ledger.FirstDay(account), ledger.Today(account));
        var level = query.Resource switch
        {
            "customer" => "account",
            "campaign" => "campaign",
            "ad_group_ad" => "ad",
            _ => "adset",
        };
        var grouping = Grouping.At(level, byDay, query.Resource == "age_range_view", query.Resource == "gender_view", account.Id);
        var owners = Owners(account);
        foreach (var (key, stats) in ledger.Rows(account, since, until, grouping))
        {
            if (stats.Impressions == 0)
            {
                continue;
            }

            // A customer-level row still needs a campaign to fill shared fields; its campaign fields are not selectable there.
            var (campaign, adSet, ad) = owners.GetValueOrDefault(key.Entity, (account.Campaigns[0], null, null));
            yield return GoogleResources.Values(account, campaign, adSet, ad, key, stats);
        }
    }

    private static IEnumerable<Dictionary<string, object?>> Entities(AdAccount account, string resource)
    {
        foreach (var campaign in account.Campaigns)
        {
            if (resource is "campaign" or "campaign_budget" or "customer")
            {
                yield return GoogleResources.Values(account, campaign, null, null, new RowKey(campaign.Id, null, "", ""), null);
                if (resource == "customer")
                {
                    yield break;
                }

                continue;
            }

            foreach (var adSet in campaign.AdSets)
            {
                var ads = resource == "ad_group_ad" ? adSet.Ads.Cast<Ad?>() : [null];
                foreach (var ad in ads)
                {
                    yield return GoogleResources.Values(account, campaign, adSet, ad, new RowKey(adSet.Id, null, "", ""), null);
                }
            }
        }
    }

    private static Dictionary<string, (Campaign, AdSet?, Ad?)> Owners(AdAccount account)
    {
        var owners = new Dictionary<string, (Campaign, AdSet?, Ad?)>();
        foreach (var campaign in account.Campaigns)
        {
            owners[campaign.Id] = (campaign, null, null);
            foreach (var adSet in campaign.AdSets)
            {
                owners[adSet.Id] = (campaign, adSet, null);
                foreach (var ad in adSet.Ads)
                {
                    owners[ad.Id] = (campaign, adSet, ad);
                }
            }
        }

        return owners;
    }

    // The ledger is read only over the days the date conditions allow; the conditions still filter each row exactly.
    private static (DateOnly Since, DateOnly Until) Range(List<GaqlCondition> dates, DateOnly first, DateOnly last)
    {
        var since = first;
        var until = last;
        foreach (var condition in dates)
        {
            var values = condition.Values.Select(v => DateOnly.TryParse(v, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : (DateOnly?)null).ToList();
            if (values.Any(v => v is null))
            {
                continue;
            }

            switch (condition.Operator)
            {
                case "BETWEEN":
                    since = Max(since, values[0]!.Value);
                    until = Min(until, values[1]!.Value);
                    break;
                case "=":
                    since = Max(since, values[0]!.Value);
                    until = Min(until, values[0]!.Value);
                    break;
                case ">=" or ">":
                    since = Max(since, values[0]!.Value);
                    break;
                case "<=" or "<":
                    until = Min(until, values[0]!.Value);
                    break;
            }
        }

        return (since, until);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
