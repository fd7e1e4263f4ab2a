using System.Globalization;
using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Control;

namespace GrainMarketing.FakePlatforms.Snapchat;

/// <summary>
/// <c>GET /v1/{adaccounts|campaigns|adsquads|ads}/{id}/stats</c>: TOTAL or DAY granularity between local midnights
/// (<c>end_time</c> exclusive), numbers as JSON numbers, money in micro-currency, every day present (zeros included).
/// <c>breakdown</c> (campaign, adsquad, ad) adds <c>breakdown_stats</c>; <c>report_dimension</c> (age, gender or both)
/// swaps each day's <c>stats</c> for <c>dimension_stats</c> rows (shape and allowed combinations unsure).
/// </summary>
public static class SnapchatStats
{
    private static readonly string[] Known = ["impressions", "swipes", "spend", "conversion_purchases", "conversion_purchases_value"];

    public static IResult Read(HttpRequest request, string entities, string id, Gate gate, AccountBook book, Ledger ledger)
    {
        if (SnapchatApi.Enter(request, gate) is { } refused)
        {
            return refused;
        }

        var account = entities == "adaccounts" ? book.Find(Platform.Snapchat, id) : book.All.FirstOrDefault(a => a.Platform == Platform.Snapchat && Owns(a, entities, id));
        if (account is null)
        {
            return SnapchatErrors.NotFound($"{entities} {id}");
        }

        var (query, error) = SnapchatQuery.Parse(request.Query, account, entities);
        if (query is null)
        {
            return SnapchatErrors.BadRequest(error!);
        }

        lock (account.Gate)
        {
            var stat = Stat(account, entities, id, query, ledger, query.Breakdown is null ? null : Level(query.Breakdown));
            var answer = new Dictionary<string, object>
            {
                ["request_status"] = "SUCCESS",
                ["request_id"] = Guid.NewGuid().ToString("N"),
            };
            if (query.Daily)
            {
                answer["timeseries_stats"] = new[] { new Dictionary<string, object> { ["sub_request_status"] = "SUCCESS", ["timeseries_stat"] = stat } };
            }
            else
            {
                answer["total_stats"] = new[] { new Dictionary<string, object> { ["sub_request_status"] = "SUCCESS", ["total_stat"] = stat } };
            }

            return Results.Json(answer);
        }
    }

    private static Dictionary<string, object> Stat(AdAccount account, string entities, string id, SnapchatQuery query, Ledger ledger, string? breakdownLevel)
    {
        Func<Campaign, AdSet, bool> include = entities switch
        {
            "campaigns" => (c, _) => c.Id == id,
            "adsquads" => (_, s) => s.Id == id,
            "ads" => (_, s) => s.Ads.Any(a => a.Id == id),
            _ => (_, _) => true,
        };
        var own = Series(account, query, ledger, Grouping.At("account", query.Daily, query.ByAge, query.ByGender, id), include, entities == "ads" ? id : null);
        var stat = Envelope(id, Type(entities), query, own.GetValueOrDefault(id) ?? Series(query, []));
        if (breakdownLevel is not null)
        {
            var parts = Series(account, query, ledger, Grouping.At(breakdownLevel, query.Daily, query.ByAge, query.ByGender, id), include, null);
            stat["breakdown_stats"] = new Dictionary<string, object>
            {
                [query.Breakdown!] = parts.Select(p => Envelope(p.Key, query.Breakdown!.ToUpperInvariant().Replace("ADSQUAD", "AD_SQUAD", StringComparison.Ordinal), query, p.Value)).ToList(),
            };
        }

        return stat;
    }

    private static Dictionary<string, List<Dictionary<string, object>>> Series(AdAccount account, SnapchatQuery query, Ledger ledger, Grouping grouping, Func<Campaign, AdSet, bool> include, string? onlyAd)
    {
        var ad = onlyAd ?? "";
        var rows = ledger.Rows(account, query.Since, query.Until, onlyAd is null ? grouping : grouping with { Entity = (_, _, a) => a.Id == ad ? ad : "" }, include)
            .Where(r => r.Key.Entity.Length > 0)
            .GroupBy(r => r.Key.Entity);
        return rows.ToDictionary(g => g.Key, g => Series(query, g.ToList()));
    }

    private static List<Dictionary<string, object>> Series(SnapchatQuery query, List<(RowKey Key, Stats Stats)> rows)
    {
        var days = query.Daily ? Enumerable.Range(0, query.Until.DayNumber - query.Since.DayNumber + 1).Select(i => (DateOnly?)query.Since.AddDays(i)) : [null];
        return days.Select(day =>
        {
            var of = rows.Where(r => r.Key.Day == day).ToList();
            var entry = new Dictionary<string, object>
            {
                ["start_time"] = query.Time(day ?? query.Since),
                ["end_time"] = query.Time((day ?? query.Until).AddDays(1)),
            };
            if (query.ByAge || query.ByGender)
            {
                entry["dimension_stats"] = of.Select(r => Fields(query, r.Stats, r.Key)).ToList();
            }
            else
            {
                entry["stats"] = Fields(query, of.Aggregate(default(Stats), (sum, r) => sum + r.Stats), null);
            }

            return entry;
        }).ToList();
    }

    private static Dictionary<string, object> Envelope(string id, string type, SnapchatQuery query, List<Dictionary<string, object>> series)
    {
        var envelope = new Dictionary<string, object>
        {
            ["id"] = id,
            ["type"] = type,
            ["granularity"] = query.Daily ? "DAY" : "TOTAL",
            ["start_time"] = query.Time(query.Since),
            ["end_time"] = query.Time(query.Until.AddDays(1)),
        };
        if (query.Daily)
        {
            envelope["timeseries"] = series;
        }
        else
        {
            envelope["stats"] = series[0].GetValueOrDefault("stats") ?? new Dictionary<string, object>();
            if (series[0].TryGetValue("dimension_stats", out var dimensions))
            {
                envelope["dimension_stats"] = dimensions;
            }
        }

        return envelope;
    }

    private static Dictionary<string, object> Fields(SnapchatQuery query, Stats stats, RowKey? key)
    {
        var fields = query.Fields.ToDictionary(f => f, f => (object)(f switch
        {
            "impressions" => stats.Impressions,
            "swipes" => stats.Clicks,
            "spend" => Money.Micros(stats.SpendMinor),
            "conversion_purchases" => stats.Conversions,
            _ => Money.Micros(stats.ValueMinor),
        }));
        if (key is not null && query.ByAge)
        {
            fields["age"] = key.Age;
        }

        if (key is not null && query.ByGender)
        {
            fields["gender"] = key.Gender;
        }

        return fields;
    }

    private static bool Owns(AdAccount account, string entities, string id) => entities switch
    {
        "campaigns" => account.FindCampaign(id) is not null,
        "adsquads" => account.FindAdSet(id) is not null,
        "ads" => account.Campaigns.Any(c => c.AdSets.Any(s => s.Ads.Any(a => a.Id == id))),
        _ => false,
    };

    private static string Type(string entities) => entities switch
    {
        "campaigns" => "CAMPAIGN",
        "adsquads" => "AD_SQUAD",
        "ads" => "AD",
        _ => "AD_ACCOUNT",
    };

    private static string Level(string breakdown) => breakdown switch
    {
        "campaign" => "campaign",
        "adsquad" => "adset",
        _ => "ad",
    };

    public static IReadOnlyList<string> KnownFields => Known;

    internal static string Format(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture);
}
