namespace GrainMarketing.Tenants;

/// <summary>When a tenant's daily run is due: the first instant of its analysis hour in its own time zone.</summary>
/// <remarks>
/// Daylight-saving safe: a day whose analysis hour is skipped by a spring-forward gap runs at the first
/// valid instant after the gap; a repeated autumn hour runs once, at its first occurrence.
/// </remarks>
public static class DailySchedule
{
    /// <summary>The first run instant strictly after <paramref name="after"/>, skipping the local day of <paramref name="lastRun"/>.</summary>
    /// <remarks>Skipping that day means moving the hour never runs the same day twice.</remarks>
    public static DateTimeOffset NextRunAfter(DateTimeOffset after, TimeZoneInfo zone, int hour, DateTimeOffset? lastRun = null)
    {
        DateOnly? ranOn = lastRun is { } last ? LocalDate(last, zone) : null;
        for (var day = LocalDate(after, zone).AddDays(-1); ; day = day.AddDays(1))
        {
            var run = RunOn(day, zone, hour);
            if (run > after && day != ranOn)
            {
                return run;
            }
        }
    }

    /// <summary>The calendar day in <paramref name="zone"/> at <paramref name="instant"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);

    /// <summary>The run instant on the given local calendar day.</summary>
    public static DateTimeOffset RunOn(DateOnly day, TimeZoneInfo zone, int hour)
    {
        var local = day.ToDateTime(new TimeOnly(hour, 0));
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        var offset = zone.IsAmbiguousTime(local)
            ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }
}
