using GrainMarketing.FakePlatforms.Accounts;

namespace GrainMarketing.FakePlatforms.Snapchat;

/// <summary>A stats request's parameters: local days from <c>start_time</c> to <c>end_time</c> (exclusive), fields, breakdown and dimensions.</summary>
public sealed record SnapchatQuery(DateOnly Since, DateOnly Until, bool Daily, IReadOnlyList<string> Fields, string? Breakdown, bool ByAge, bool ByGender, TimeZoneInfo Zone)
{
    /// <summary>A local midnight written as Snapchat writes times: ISO 8601 with the account's offset.</summary>
    public string Time(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return SnapchatStats.Format(new DateTimeOffset(local, Zone.GetUtcOffset(local)));
    }

    public static (SnapchatQuery? Query, string? Error) Parse(IQueryCollection q, AdAccount account, string entities)
    {
        var granularity = q["granularity"].ToString() is { Length: > 0 } g ? g : "TOTAL";
        if (granularity is not ("TOTAL" or "DAY"))
        {
            return (null, "granularity must be TOTAL or DAY (the fake platform has no HOUR)");
        }

        if (!DateTimeOffset.TryParse(q["start_time"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var start)
            || !DateTimeOffset.TryParse(q["end_time"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var end) || end <= start)
        {
            return (null, "start_time and end_time must be ISO 8601 times, start before end");
        }

        var zone = account.Zone;
        var localStart = TimeZoneInfo.ConvertTime(start, zone);
        var localEnd = TimeZoneInfo.ConvertTime(end, zone);
        if (granularity == "DAY" && (localStart.TimeOfDay != TimeSpan.Zero || localEnd.TimeOfDay != TimeSpan.Zero))
        {
            return (null, "For DAY granularity start_time and end_time must be midnight in the ad account's time zone");
        }

        var fields = q["fields"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        fields = fields.Count == 0 ? ["impressions", "swipes", "spend"] : fields;
        if (fields.Except(SnapchatStats.KnownFields).FirstOrDefault() is { } unknown)
        {
            return (null, $"Unknown stats field {unknown}");
        }

        var breakdown = q["breakdown"].ToString() is { Length: > 0 } b ? b : null;
        if (breakdown is not (null or "campaign" or "adsquad" or "ad") || (breakdown == "campaign" && entities != "adaccounts"))
        {
            return (null, "breakdown must be campaign (ad accounts), adsquad or ad");
        }

        var dimensions = q["report_dimension"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (dimensions.Except(["age", "gender"]).Any())
        {
            return (null, "report_dimension: the fake platform serves age and gender");
        }

        var since = DateOnly.FromDateTime(localStart.DateTime);
        var until = DateOnly.FromDateTime(localEnd.DateTime).AddDays(localEnd.TimeOfDay == TimeSpan.Zero ? -1 : 0);
        return (new SnapchatQuery(since, until, granularity == "DAY", fields, breakdown, dimensions.Contains("age"), dimensions.Contains("gender"), zone), null);
    }
}
