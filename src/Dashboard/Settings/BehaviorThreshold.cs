using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Settings;

/// <summary>One behaviour threshold of the settings form: its JSON path (how the API names it in a refusal), label and help.</summary>
public sealed record BehaviorThreshold(string Field, string Label, string Help, Func<BehaviorSettings, double?> Read, Action<BehaviorSettings, double?> Write)
{
    /// <summary>Every threshold the tenant may tune, in the order the form shows them; the API's defaults in the help.</summary>
    public static IReadOnlyList<BehaviorThreshold> All { get; } =
    [
        new("patterns.highSpenderTopShare", "High spender: top share", "The top share of customers by 90-day spend, 0-1 (0.2).", s => s.Patterns?.HighSpenderTopShare, (s, v) => Patterns(s).HighSpenderTopShare = v),
        new("patterns.frequentPerWeek", "Frequent: purchases a week", "0.25-50 (2).", s => s.Patterns?.FrequentPerWeek, (s, v) => Patterns(s).FrequentPerWeek = v),
        new("patterns.weekendShare", "Weekend: share of purchases", "0-1 (0.7).", s => s.Patterns?.WeekendShare, (s, v) => Patterns(s).WeekendShare = v),
        new("patterns.categoryShare", "Category focused: share in one category", "0-1 (0.5).", s => s.Patterns?.CategoryShare, (s, v) => Patterns(s).CategoryShare = v),
        new("patterns.maxClusterLocations", "Location clustered: at most locations", "1-20 (2).", s => s.Patterns?.MaxClusterLocations, (s, v) => Patterns(s).MaxClusterLocations = Whole(v)),
        new("patterns.newDays", "New: first purchase within days", "1-89 (30).", s => s.Patterns?.NewDays, (s, v) => Patterns(s).NewDays = Whole(v)),
        new("patterns.inactiveDays", "Inactive: no purchase for days", "1-89 (30).", s => s.Patterns?.InactiveDays, (s, v) => Patterns(s).InactiveDays = Whole(v)),
        new("patterns.seasonalRatio", "Seasonal: peak month against the rest", "1.1-100 (3).", s => s.Patterns?.SeasonalRatio, (s, v) => Patterns(s).SeasonalRatio = v),
        new("patterns.minTransactions", "Purchases before a pattern counts", "1-100 (3).", s => s.Patterns?.MinTransactions, (s, v) => Patterns(s).MinTransactions = Whole(v)),
        new("risingSpendRatio", "Rising spend: last 30 days against before", "1.01-100.", s => s.RisingSpendRatio, (s, v) => s.RisingSpendRatio = v),
        new("holdoutShare", "Holdout share of offer targets", "0-0.5 (0.1 holds out 10%).", s => s.HoldoutShare, (s, v) => s.HoldoutShare = v),
    ];

    private static PatternSettings Patterns(BehaviorSettings settings) => settings.Patterns ??= new PatternSettings();

    private static int? Whole(double? value) => value is { } number ? (int)Math.Round(number, MidpointRounding.AwayFromZero) : null;
}
