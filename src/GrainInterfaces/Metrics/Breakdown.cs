namespace GrainMarketing.Metrics;

/// <summary>The demographic and placement slice a cell's numbers belong to; null means the source did not break the numbers down by that dimension.</summary>
/// <remarks>
/// Values are normalised (<see cref="DemographicLabels"/>): age bands as the platforms use them, gender
/// female/male/unknown, ISO country codes upper case.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Breakdown")]
public sealed record Breakdown(
    [property: Id(0)] string? Age = null,
    [property: Id(1)] string? Gender = null,
    [property: Id(2)] string? Country = null,
    [property: Id(3)] string? Region = null,
    [property: Id(4)] string? Interest = null,
    [property: Id(5)] string? Placement = null)
{
    public static readonly Breakdown None = new();

    /// <summary>The value of <paramref name="dimension"/> in this slice.</summary>
    public string? Get(Dimension dimension) => dimension switch
    {
        Dimension.Age => Age,
        Dimension.Gender => Gender,
        Dimension.Country => Country,
        Dimension.Region => Region,
        Dimension.Interest => Interest,
        Dimension.Placement => Placement,
        _ => throw new ArgumentOutOfRangeException(nameof(dimension)),
    };

    /// <summary>The set of dimensions this slice is broken down by: what its source reported together.</summary>
    public Dimensions Reported =>
        (Age is null ? 0 : Dimensions.Age) | (Gender is null ? 0 : Dimensions.Gender)
        | (Country is null ? 0 : Dimensions.Country) | (Region is null ? 0 : Dimensions.Region)
        | (Interest is null ? 0 : Dimensions.Interest) | (Placement is null ? 0 : Dimensions.Placement);
}
