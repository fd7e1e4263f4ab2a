namespace GrainMarketing.Profiles;

/// <summary>Which patterns a profile shows now.</summary>
/// <remarks>
/// High spender needs the tenant's current threshold (the 90-day spend at its top share, from the daily
/// analysis); without one it is not judged. Seasonal needs two months of history: the highest of the three
/// 30-day months at least <see cref="PatternSettings.SeasonalRatio"/> times the lowest.
/// </remarks>
public static class PatternDetector
{
    private const int SeasonalHistoryDays = 60;

    public static IReadOnlySet<BehaviorPattern> Detect(ProfileMetrics metrics, PatternSettings settings, decimal? highSpenderThreshold, DateTimeOffset now)
    {
        var found = new HashSet<BehaviorPattern>();
        var active = metrics.Transactions >= settings.MinTransactions;
        if (highSpenderThreshold is { } threshold && metrics.Spend > 0 && metrics.Spend >= threshold)
        {
            found.Add(BehaviorPattern.HighSpender);
        }

        if (active && metrics.PerWeek >= settings.FrequentPerWeek)
        {
            found.Add(BehaviorPattern.Frequent);
        }

        if (active && metrics.WeekendShare >= settings.WeekendShare)
        {
            found.Add(BehaviorPattern.Weekend);
        }

        if (active && metrics.TopCategory is not null && metrics.TopCategoryShare >= settings.CategoryShare)
        {
            found.Add(BehaviorPattern.CategoryFocused);
        }

        if (active && metrics.Locations >= 1 && metrics.Locations <= settings.MaxClusterLocations)
        {
            found.Add(BehaviorPattern.LocationClustered);
        }

        if (metrics.FirstSeen is { } first && now - first < TimeSpan.FromDays(settings.NewDays))
        {
            found.Add(BehaviorPattern.New);
        }

        if (metrics.LastSeen is { } last && now - last >= TimeSpan.FromDays(settings.InactiveDays))
        {
            found.Add(BehaviorPattern.Inactive);
        }

        if (metrics.FirstSeen is { } seen && now - seen >= TimeSpan.FromDays(SeasonalHistoryDays)
            && metrics.MonthlySpend.Max() is var high && high > 0
            && high >= (decimal)settings.SeasonalRatio * metrics.MonthlySpend.Min())
        {
            found.Add(BehaviorPattern.Seasonal);
        }

        return found;
    }

    /// <summary>When time alone next changes the patterns (leaving new, becoming inactive), or null when it never will without new events.</summary>
    public static DateTimeOffset? NextChange(ProfileMetrics metrics, PatternSettings settings, DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        foreach (var at in new[] { metrics.FirstSeen?.AddDays(settings.NewDays), metrics.LastSeen?.AddDays(settings.InactiveDays) })
        {
            if (at is { } moment && moment > now && (next is null || moment < next))
            {
                next = moment;
            }
        }

        return next;
    }
}
