using System.Globalization;

namespace GrainMarketing.FakePlatforms.TikTok;

/// <summary>The integrated report's parameters as TikTok validates them.</summary>
public sealed record TikTokQuery(string Level, string IdDimension, bool Daily, bool ByAge, bool ByGender, IReadOnlyList<string> Metrics, DateOnly Start, DateOnly End, int Page, int PageSize)
{
    private const int MaxDailyDays = 30;

    public static (TikTokQuery? Query, string? Error) Parse(IQueryCollection q, IReadOnlyDictionary<string, (string Level, string Id)> levels, IReadOnlyList<string> known)
    {
        var reportType = q["report_type"].ToString();
        if (reportType is not ("BASIC" or "AUDIENCE"))
        {
            return (null, "report_type: the fake platform serves BASIC and AUDIENCE.");
        }

        if (!levels.TryGetValue(q["data_level"].ToString(), out var level))
        {
            return (null, "data_level must be AUCTION_ADVERTISER, AUCTION_CAMPAIGN, AUCTION_ADGROUP or AUCTION_AD.");
        }

        var dimensions = TikTokApi.JsonList(q["dimensions"]);
        var allowed = reportType == "AUDIENCE" ? new[] { level.Id, "stat_time_day", "age", "gender" } : [level.Id, "stat_time_day"];
        if (dimensions is null || !dimensions.Contains(level.Id) || dimensions.Except(allowed).Any())
        {
            return (null, $"dimensions must be a JSON array holding {level.Id} and at most {string.Join(", ", allowed.Skip(1))}.");
        }

        var metrics = TikTokApi.JsonList(q["metrics"]) ?? [];
        if (metrics.Count == 0 || metrics.Except(known).Any())
        {
            return (null, $"metrics must be a JSON array of: {string.Join(", ", known)}.");
        }

        if (!Day(q["start_date"], out var start) || !Day(q["end_date"], out var end) || end < start)
        {
            return (null, "start_date and end_date must be yyyy-MM-dd, start_date not after end_date.");
        }

        var daily = dimensions.Contains("stat_time_day");
        if (daily && end.DayNumber - start.DayNumber + 1 > MaxDailyDays)
        {
            return (null, $"With stat_time_day the date range may span at most {MaxDailyDays} days.");
        }

        var page = int.TryParse(q["page"], CultureInfo.InvariantCulture, out var p) ? p : 1;
        var size = int.TryParse(q["page_size"], CultureInfo.InvariantCulture, out var s) ? s : 10;
        if (page < 1 || size is < 1 or > 1_000)
        {
            return (null, "page must be at least 1 and page_size between 1 and 1000.");
        }

        return (new TikTokQuery(level.Level, level.Id, daily, dimensions.Contains("age"), dimensions.Contains("gender"), metrics, start, end, page, size), null);
    }

    private static bool Day(string? value, out DateOnly day) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
