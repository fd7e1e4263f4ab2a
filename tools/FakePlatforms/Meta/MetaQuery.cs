using System.Globalization;
using System.Text.Json;

namespace GrainMarketing.FakePlatforms.Meta;

/// <summary>An insights request's parameters as Graph reads them, or the reason it refuses them (error 100).</summary>
public sealed record MetaQuery(
    string Level,
    DateOnly Since,
    DateOnly Until,
    bool Daily,
    bool ByAge,
    bool ByGender,
    IReadOnlyList<string> Fields,
    IReadOnlyList<string> Windows,
    int Limit)
{
    public static readonly string[] KnownFields =
    [
        "account_id", "account_name", "account_currency", "campaign_id", "campaign_name", "adset_id", "adset_name",
        "ad_id", "ad_name", "objective", "impressions", "clicks", "spend", "cpm", "ctr", "actions", "action_values",
        "date_start", "date_stop",
    ];

    // The view windows beyond one day were removed in January 2026 (PLATFORMS.md).
    private static readonly string[] KnownWindows = ["1d_click", "7d_click", "28d_click", "1d_view", "1d_ev"];

    /// <summary>Reads the parameters; <paramref name="today"/> resolves date presets (Meta's default is last_30d).</summary>
    public static (MetaQuery? Query, string? Error) Parse(Func<string, string?> get, DateOnly today)
    {
        var level = get("level") ?? "account";
        if (level is not ("account" or "campaign" or "adset" or "ad"))
        {
            return (null, "(#100) level must be one of the following values: ad, adset, campaign, account");
        }

        var range = Range(get("time_range"), get("date_preset"), today);
        if (range is null)
        {
            return (null, "(#100) time_range must be a JSON object with since and until in yyyy-mm-dd, or date_preset a known preset");
        }

        var increment = get("time_increment") ?? "all_days";
        if (increment is not ("1" or "all_days"))
        {
            return (null, "(#100) the fake platform supports time_increment 1 and all_days only");
        }

        var breakdowns = List(get("breakdowns"));
        if (breakdowns.Except(["age", "gender"]).FirstOrDefault() is { } other)
        {
            return (null, $"(#100) breakdowns[0] must be age or gender on the fake platform, not {other}");
        }

        var fields = get("fields") is { } f ? List(f) : ["impressions", "spend", "account_id"];
        if (fields.Except(KnownFields).FirstOrDefault() is { } unknown)
        {
            return (null, $"(#100) {unknown} is not valid for fields param");
        }

        var windows = List(get("action_attribution_windows"));
        if (windows.Except(KnownWindows).FirstOrDefault() is { } window)
        {
            return (null, $"(#100) action_attribution_windows: {window} is not a valid value");
        }

        var limit = int.TryParse(get("limit"), CultureInfo.InvariantCulture, out var l) ? Math.Clamp(l, 1, 5_000) : 25;
        return (new MetaQuery(level, range.Value.Since, range.Value.Until, increment == "1", breakdowns.Contains("age"), breakdowns.Contains("gender"), fields, windows, limit), null);
    }

    private static (DateOnly Since, DateOnly Until)? Range(string? timeRange, string? preset, DateOnly today)
    {
        if (timeRange is not null)
        {
            try
            {
                using var json = JsonDocument.Parse(timeRange);
                var since = DateOnly.ParseExact(json.RootElement.GetProperty("since").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var until = DateOnly.ParseExact(json.RootElement.GetProperty("until").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                return since <= until ? (since, until) : null;
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or FormatException or InvalidOperationException or ArgumentNullException)
            {
                return null;
            }
        }

        return (preset ?? "last_30d") switch
        {
            "today" => (today, today),
            "yesterday" => (today.AddDays(-1), today.AddDays(-1)),
            "last_7d" => (today.AddDays(-7), today.AddDays(-1)),
            "last_14d" => (today.AddDays(-14), today.AddDays(-1)),
            "last_28d" => (today.AddDays(-28), today.AddDays(-1)),
            "last_30d" => (today.AddDays(-30), today.AddDays(-1)),
            "last_90d" => (today.AddDays(-90), today.AddDays(-1)),
            "maximum" => (today.AddDays(-3_650), today),
            _ => null,
        };
    }

    // Graph takes lists as JSON arrays or comma-separated.
    private static List<string> List(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return [];
        }

        var trimmed = value.Trim();
        if (trimmed.StartsWith('['))
        {
            try
            {
                return JsonSerializer.Deserialize<List<string>>(trimmed) ?? [];
            }
            catch (JsonException)
            {
                return [trimmed];
            }
        }

        return trimmed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
    }
}
