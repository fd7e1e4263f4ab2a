using GrainMarketing.Metrics;

namespace GrainMarketing.Demographics;

/// <summary>Names a demographic segment grain: <c>{tenant}/{dimension}={value}[|{dimension}={value}]</c>.</summary>
/// <remarks>For example <c>acme/age=25-34</c>, or the age x gender cross <c>acme/age=25-34|gender=female</c>.</remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.SegmentKey")]
public sealed record SegmentKey(
    [property: Id(0)] string Tenant,
    [property: Id(1)] Dimension Dimension,
    [property: Id(2)] string Value,
    [property: Id(3)] string? GenderValue = null)
{
    /// <summary>The segments a cell's numbers count towards: one per reported dimension, plus the age x gender cross.</summary>
    public static IEnumerable<SegmentKey> For(string tenant, Breakdown breakdown)
    {
        foreach (var dimension in Enum.GetValues<Dimension>())
        {
            if (dimension != Dimension.Placement && breakdown.Get(dimension) is { } value)
            {
                yield return new SegmentKey(tenant, dimension, value);
            }
        }

        if (breakdown is { Age: { } age, Gender: { } gender })
        {
            yield return new SegmentKey(tenant, Dimension.Age, age, gender);
        }
    }

    /// <summary>True for the age x gender cross segments.</summary>
    public bool IsAgeGenderCross => GenderValue is not null;

    /// <summary>The segment's label in answers: "25-34", or "25-34|female" for a cross.</summary>
    public string Label => GenderValue is null ? Value : $"{Value}|{GenderValue}";

    public override string ToString() => GenderValue is null
        ? $"{Tenant}/{Dimension.ToString().ToLowerInvariant()}={Value}"
        : $"{Tenant}/age={Value}|gender={GenderValue}";
}
