namespace GrainMarketing.ApiHost.Offers;

/// <param name="Patterns">Customers showing every one of these patterns (highSpender, frequent, weekend, categoryFocused, locationClustered, new, inactive, seasonal).</param>
/// <param name="Category">Only customers whose top category this is.</param>
/// <param name="City">Only customers whose top city this is.</param>
/// <param name="RisingSpend">Only customers whose last 30 days' spend is at least the tenant's rising-spend ratio times the 30 before.</param>
public sealed record TargetCriteriaRequest(IReadOnlyList<string?>? Patterns = null, string? Category = null, string? City = null, bool? RisingSpend = null);
