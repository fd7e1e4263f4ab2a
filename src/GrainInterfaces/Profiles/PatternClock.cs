using System.Globalization;

namespace GrainMarketing.Profiles;

/// <summary>Names the minutes of a tenant's pattern clock.</summary>
public static class PatternClock
{
    /// <summary>The minute a change at <paramref name="at"/> is due in: the next whole UTC minute, so a minute is drained only once it has fully passed.</summary>
    public static DateTimeOffset MinuteOf(DateTimeOffset at)
    {
        var minute = Floor(at);
        return minute == at ? minute : minute.AddMinutes(1);
    }

    /// <summary>The whole UTC minute <paramref name="at"/> falls in.</summary>
    public static DateTimeOffset Floor(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute, 0, TimeSpan.Zero);
    }

    public static string Key(string tenant, DateTimeOffset minute) =>
        $"{tenant}/{minute.ToUniversalTime().ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture)}";
}
