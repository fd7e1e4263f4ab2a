namespace GrainMarketing.Currencies;

/// <summary>What one unit of <see cref="Currency"/> was worth in the tenant's currency on <see cref="Date"/>.</summary>
/// <param name="Date">The day the rate is for (a reference rate's publication day).</param>
/// <param name="Currency">ISO 4217 code of the money converted.</param>
/// <param name="Rate">Units of the tenant's currency per unit of <see cref="Currency"/>; greater than 0.</param>
/// <param name="Source">Where the rate came from: <c>manual</c> (set by hand) or the configured source's name (for example <c>ecb</c>).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ExchangeRate")]
public sealed record ExchangeRate(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string Currency,
    [property: Id(2)] decimal Rate,
    [property: Id(3)] string Source = ExchangeRate.Manual)
{
    public const string Manual = "manual";
}
