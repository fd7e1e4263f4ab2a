namespace GrainMarketing.Experiments;

/// <summary>What one variant has gathered: units, successes among them, and the sum and sum of squares of their values.</summary>
/// <remarks>Enough for every test the experiments run, and bounded whatever the number of units; decimal sums are exact, so batches in any order give the same figures.</remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.VariantTally")]
public readonly record struct VariantTally(
    [property: Id(0)] long Units,
    [property: Id(1)] decimal Successes,
    [property: Id(2)] decimal Sum,
    [property: Id(3)] decimal SumOfSquares)
{
    public VariantTally Add(bool success, decimal value) =>
        new(Units + 1, Successes + (success ? 1 : 0), Sum + value, SumOfSquares + (value * value));
}
