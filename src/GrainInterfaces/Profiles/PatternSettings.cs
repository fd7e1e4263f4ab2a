namespace GrainMarketing.Profiles;

/// <summary>When a profile shows each pattern (tenant settings; the defaults are the issue's).</summary>
/// <remarks>
/// Patterns about a customer's mix (weekend, category, location, frequency) need
/// <see cref="MinTransactions"/> in the 90 days first, so one purchase does not make anyone "category
/// focused".
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.PatternSettings")]
public sealed record PatternSettings(
    [property: Id(0)] double HighSpenderTopShare = 0.2,
    [property: Id(1)] double FrequentPerWeek = 2,
    [property: Id(2)] double WeekendShare = 0.7,
    [property: Id(3)] double CategoryShare = 0.5,
    [property: Id(4)] int MaxClusterLocations = 2,
    [property: Id(5)] int NewDays = 30,
    [property: Id(6)] int InactiveDays = 30,
    [property: Id(7)] double SeasonalRatio = 3,
    [property: Id(8)] int MinTransactions = 3)
{
    public static readonly PatternSettings Default = new();
}
