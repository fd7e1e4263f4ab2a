using System.Globalization;

namespace GrainMarketing.Automation;

/// <summary>Durations as rules write them: a whole number of minutes, hours or days (<c>30m</c>, <c>24h</c>, <c>7d</c>).</summary>
public static class RuleWindows
{
    /// <summary>The windows a condition may use: hours come from the arrival buckets; <c>today</c> and days from the tenant's calendar days.</summary>
    public static readonly IReadOnlyList<string> Allowed = ["1h", "6h", "12h", "24h", "today", "3d", "7d", "14d", "30d"];

    public static readonly TimeSpan DefaultCooldown = TimeSpan.FromHours(24);

    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        if (text is not { Length: >= 2 and <= 6 }
            || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1)
        {
            return false;
        }

        duration = text[^1] switch
        {
            'm' => TimeSpan.FromMinutes(count),
            'h' => TimeSpan.FromHours(count),
            'd' => TimeSpan.FromDays(count),
            _ => default,
        };
        return duration > TimeSpan.Zero;
    }
}
