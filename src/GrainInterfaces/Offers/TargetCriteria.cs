using GrainMarketing.Profiles;

namespace GrainMarketing.Offers;

/// <summary>Who a campaign targets: customers showing every pattern in <see cref="Patterns"/>, narrowed by the optional criteria.</summary>
/// <remarks>
/// Customers showing every pattern in <see cref="Patterns"/>, and, when given, whose top category or top
/// city is the one named, and whose last 30 days' spend is at least the tenant's rising-spend ratio times
/// the 30 before (<see cref="RisingSpend"/>). Two campaigns target the same segment when their criteria
/// have the same <see cref="Key"/>.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.TargetCriteria")]
public sealed record TargetCriteria(
    [property: Id(0)] IReadOnlyList<BehaviorPattern> Patterns,
    [property: Id(1)] string? Category = null,
    [property: Id(2)] string? City = null,
    [property: Id(3)] bool RisingSpend = false)
{
    /// <summary>A canonical text of the segment: the patterns in order, then category, city and rising spend.</summary>
    public string Key =>
        string.Join('+', Patterns.Distinct().Order().Select(EnumNames.Camel))
        + (Category is null ? "" : $"|category={Category}")
        + (City is null ? "" : $"|city={City}")
        + (RisingSpend ? "|rising" : "");
}
