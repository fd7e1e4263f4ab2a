using System.Globalization;
using System.Text.Json;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Competitors;

namespace GrainMarketing.ApiHost.Insights.Competitors;

/// <summary>Reads saved answers of the Ad Library API (<c>GET /ads_archive</c>) and sums each Page's ads over a period.</summary>
/// <remarks>
/// Accepted: one answer (<c>{"data":[...],"paging":{...}}</c>), several answers saved as a JSON array (one per page
/// of results, following <c>paging.next</c>), or a bare array of ads. Read per ad: <c>page_id</c>, <c>page_name</c>,
/// <c>ad_delivery_start_time</c> and <c>ad_delivery_stop_time</c> (<c>2024-05-01</c> or
/// <c>2019-05-20T16:11:06+0000</c>; no stop time means still running), <c>publisher_platforms</c>,
/// <c>spend</c> and <c>impressions</c> (<c>{"lower_bound":"100","upper_bound":"199"}</c>, numbers or strings, an
/// absent upper bound meaning "and more"), <c>currency</c> and <c>eu_total_reach</c>. Meta documents spend and
/// impressions only for ads about social issues, elections or politics, and <c>eu_total_reach</c> only for ads
/// delivered in the EU; other ads count as ads without them. Spend and impressions are each ad's lifetime totals,
/// not the period's: the sum over the ads active in a period says how much those ads spent in all, which is what Meta
/// gives. Reach is summed over ads, which counts a person reached by two ads twice (an upper bound on the Page's
/// reach). Whether Meta writes the bounds as strings or numbers has varied between versions; both are read.
/// </remarks>
public static class MetaAdLibraryApiJson
{
    /// <summary>Ads read from one file at most.</summary>
    public const int MaxAds = 50_000;

    /// <summary>True when the body looks like JSON rather than a CSV report.</summary>
    public static bool IsJson(ReadOnlySpan<byte> content)
    {
        var start = content.StartsWith("\uFEFF"u8) ? content[3..] : content;
        var text = start.TrimStart(" \t\r\n"u8);
        return text.Length > 0 && (text[0] == (byte)'{' || text[0] == (byte)'[');
    }

    /// <summary>Each Page's ads active in <paramref name="period"/> (only <paramref name="pages"/>, by Page ID or name, when given), or a 400 naming the file or each bad ad and its field.</summary>
    public static MetaAdLibraryFile Read(ReadOnlySpan<byte> content, DateRange period, IReadOnlySet<string>? pages)
    {
        using var document = Parse(content);
        var ads = Ads(document.RootElement);
        var errors = new ValidationErrors();
        var byPage = new Dictionary<string, PageTotals>(StringComparer.Ordinal);
        var currencies = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < ads.Count; i++)
        {
            if (Ad(ads[i], i + 1, errors) is not { } ad || !Wanted(ad, pages) || ad.Start > period.To || ad.Stop < period.From)
            {
                continue;
            }

            if (ad.Currency is { } currency)
            {
                currencies.Add(currency);
            }

            var key = ad.PageId ?? ad.PageName.ToLowerInvariant();
            if (!byPage.TryGetValue(key, out var totals))
            {
                byPage[key] = totals = new PageTotals(ad.PageId, ad.PageName);
            }

            totals.Add(ad, period);
        }

        if (currencies.Count > 1)
        {
            errors.Add("currency", $"The ads are in {string.Join(", ", currencies.Order(StringComparer.Ordinal))}: import one currency at a time.");
        }

        if (errors.IsEmpty && byPage.Count == 0)
        {
            errors.Add("file", $"No ad of {(pages is null ? "the file" : "the pages asked for")} ran between {period.From:yyyy-MM-dd} and {period.To:yyyy-MM-dd}.");
        }
        else if (byPage.Count > MetaAdLibraryImport.MaxRows)
        {
            errors.Add("file", $"{byPage.Count} Pages; at most {MetaAdLibraryImport.MaxRows} are kept per period: name the competitors with ?pages=.");
        }

        errors.ThrowIfAny();
        return new MetaAdLibraryFile(MetaAdSources.Api, null, [.. byPage.Values.Select(t => t.Row())], currencies.SingleOrDefault(), null,
            string.Create(CultureInfo.InvariantCulture, $"ads_archive json, {ads.Count} ads"));
    }

    private static JsonDocument Parse(ReadOnlySpan<byte> content)
    {
        try
        {
            return JsonDocument.Parse(content.StartsWith("\uFEFF"u8) ? content[3..].ToArray() : content.ToArray());
        }
        catch (JsonException bad)
        {
            throw ValidationErrors.Refusal("file", $"Not valid JSON (line {bad.LineNumber + 1}): save the ads_archive answer as it came.");
        }
    }

    private static List<JsonElement> Ads(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error))
        {
            var message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) ? m.ToString() : error.ToString();
            throw ValidationErrors.Refusal("file", $"The saved answer is an error from Meta, not ads: {message}");
        }

        IEnumerable<JsonElement> answers = root.ValueKind switch
        {
            JsonValueKind.Object => [root],
            JsonValueKind.Array when root.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("data", out _)) && root.GetArrayLength() > 0 => root.EnumerateArray(),
            JsonValueKind.Array => [],
            _ => throw ValidationErrors.Refusal("file", "Expected an ads_archive answer ({\"data\":[...]}), a list of them, or a list of ads."),
        };
        var ads = root.ValueKind == JsonValueKind.Array && !answers.Any()
            ? [.. root.EnumerateArray()]
            : answers.SelectMany(a => a.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
                ? data.EnumerateArray()
                : throw ValidationErrors.Refusal("file", "An answer has no \"data\" list of ads.")).ToList();
        return ads.Count <= MaxAds ? ads : throw ValidationErrors.Refusal("file", $"At most {MaxAds} ads per file.");
    }

    private static ArchivedAd? Ad(JsonElement ad, int number, ValidationErrors errors)
    {
        var problems = new List<string>();
        if (ad.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"ad {number}", "Not an object.");
            return null;
        }

        var pageId = Text(ad, "page_id");
        var pageName = Text(ad, "page_name");
        if (pageId is null && pageName is null)
        {
            problems.Add("page_id, page_name: neither is given.");
        }

        var start = Date(ad, "ad_delivery_start_time", problems, required: true);
        var stop = Date(ad, "ad_delivery_stop_time", problems, required: false);
        var spend = Range(ad, "spend", problems);
        var impressions = Range(ad, "impressions", problems);
        long? reach = null;
        if (ad.TryGetProperty("eu_total_reach", out var r) && r.ValueKind != JsonValueKind.Null)
        {
            reach = long.TryParse(r.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
            if (reach is null)
            {
                problems.Add($"eu_total_reach: '{r}' is not a whole number.");
            }
        }

        var platforms = ad.TryGetProperty("publisher_platforms", out var p) && p.ValueKind == JsonValueKind.Array
            ? p.EnumerateArray().Select(e => e.ToString().ToLowerInvariant()).ToList()
            : [];
        if (problems.Count > 0)
        {
            errors.Add($"ad {number}", string.Join(" ", problems));
            return null;
        }

        return new ArchivedAd(pageId, pageName ?? pageId!, start!.Value, stop ?? DateOnly.MaxValue, platforms, spend, impressions, reach, Text(ad, "currency")?.ToUpperInvariant());
    }

    private static DateOnly? Date(JsonElement ad, string field, List<string> problems, bool required)
    {
        var text = Text(ad, field);
        if (text is null)
        {
            if (required)
            {
                problems.Add($"{field}: missing.");
            }

            return null;
        }

        if (text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add($"{field}: '{text}' is not a date (2024-05-01 or 2024-05-01T16:11:06+0000).");
        return null;
    }

    private static MetaRange? Range(JsonElement ad, string field, List<string> problems)
    {
        if (!ad.TryGetProperty(field, out var range) || range.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var shape = $"{field}: {range} is not a range like {{\"lower_bound\":\"100\",\"upper_bound\":\"199\"}}.";
        if (range.ValueKind != JsonValueKind.Object)
        {
            problems.Add(shape);
            return null;
        }

        var low = Bound(range, "lower_bound", out var badLow);
        var high = Bound(range, "upper_bound", out var badHigh);
        if (low is null || badLow || badHigh || high < low)
        {
            problems.Add(shape);
            return null;
        }

        return new MetaRange(low.Value, high);
    }

    /// <summary>The bound; null when absent (<paramref name="bad"/> false) or not a number (<paramref name="bad"/> true).</summary>
    private static decimal? Bound(JsonElement range, string name, out bool bad)
    {
        bad = false;
        if (!range.TryGetProperty(name, out var bound) || bound.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        bad = !decimal.TryParse(bound.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value);
        return bad ? null : value;
    }

    private static string? Text(JsonElement ad, string field) =>
        ad.TryGetProperty(field, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number && value.ToString().Trim() is { Length: > 0 } text
            ? text
            : null;

    private static bool Wanted(ArchivedAd ad, IReadOnlySet<string>? pages) =>
        pages is null || (ad.PageId is { } id && pages.Contains(id)) || pages.Contains(ad.PageName.ToLowerInvariant());

    private sealed record ArchivedAd(
        string? PageId, string PageName, DateOnly Start, DateOnly Stop, List<string> Platforms, MetaRange? Spend, MetaRange? Impressions, long? Reach, string? Currency);

    /// <summary>One Page's running totals while the ads are read.</summary>
    private sealed class PageTotals(string? pageId, string pageName)
    {
        private readonly SortedSet<string> _platforms = new(StringComparer.Ordinal);
        private int _ads;
        private int _newAds;
        private MetaRange? _spend;
        private MetaRange? _impressions;
        private bool _spendMissing;
        private bool _impressionsMissing;
        private long? _reach;

        public void Add(ArchivedAd ad, DateRange period)
        {
            _ads++;
            _newAds += ad.Start >= period.From ? 1 : 0;
            _platforms.UnionWith(ad.Platforms);
            (_spend, _spendMissing) = Sum(_spend, _spendMissing, ad.Spend);
            (_impressions, _impressionsMissing) = Sum(_impressions, _impressionsMissing, ad.Impressions);
            _reach = ad.Reach is { } r ? (_reach ?? 0) + r : _reach;
        }

        public MetaAdvertiserRow Row() => new(pageId, pageName, _ads, _newAds, [.. _platforms],
            Open(_spend, _spendMissing), Open(_impressions, _impressionsMissing), _reach);

        private static (MetaRange?, bool) Sum(MetaRange? total, bool missing, MetaRange? ad) =>
            ad is null ? (total, true) : (total is null ? ad : total.Plus(ad), missing);

        /// <summary>Some ads had the figure and some not: what the others spent is unknown, so the sum has no upper end.</summary>
        private static MetaRange? Open(MetaRange? total, bool missing) => total is not null && missing ? total with { High = null } : total;
    }
}
