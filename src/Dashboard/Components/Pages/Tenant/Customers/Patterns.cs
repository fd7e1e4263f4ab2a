using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Customers;

/// <summary>The behaviour patterns as people read them and as the API names them in paths and counts.</summary>
public static class Patterns
{
    private static readonly IReadOnlyDictionary<BehaviorPattern, (string Api, string Label)> Names = new Dictionary<BehaviorPattern, (string, string)>
    {
        [BehaviorPattern.HighSpender] = ("highSpender", "High spenders"),
        [BehaviorPattern.Frequent] = ("frequent", "Frequent buyers"),
        [BehaviorPattern.Weekend] = ("weekend", "Weekend shoppers"),
        [BehaviorPattern.CategoryFocused] = ("categoryFocused", "Category focused"),
        [BehaviorPattern.LocationClustered] = ("locationClustered", "Location clustered"),
        [BehaviorPattern.New] = ("new", "New customers"),
        [BehaviorPattern.Inactive] = ("inactive", "Inactive"),
        [BehaviorPattern.Seasonal] = ("seasonal", "Seasonal"),
    };

    public static IEnumerable<BehaviorPattern> All => Names.Keys;

    public static string Label(BehaviorPattern? pattern) => pattern is { } known && Names.TryGetValue(known, out var name) ? name.Label : "Unknown";

    /// <summary>The name the API uses in <c>segments/{pattern}</c> and in a run's pattern counts.</summary>
    public static string ApiName(BehaviorPattern pattern) => Names[pattern].Api;

    /// <summary>The pattern an API name (or a URL segment) names, if any.</summary>
    public static BehaviorPattern? Parse(string? name) =>
        Names.FirstOrDefault(entry => string.Equals(entry.Value.Api, name, StringComparison.OrdinalIgnoreCase)) is { Value.Api: not null } found ? found.Key : null;

    /// <summary>Label for a pattern the API names by string (a run's counts, a decision's segment).</summary>
    public static string LabelOf(string? name) => Parse(name) is { } pattern ? Label(pattern) : name ?? "";
}
