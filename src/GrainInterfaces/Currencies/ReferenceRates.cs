namespace GrainMarketing.Currencies;

/// <summary>A source's reference rates: per day, units of each currency per one unit of <see cref="Base"/>.</summary>
/// <param name="Source">The source's short name (for example <c>ecb</c>); rates derived from it carry it.</param>
/// <param name="Base">The currency the rates are quoted against (the ECB's: EUR).</param>
/// <param name="FetchedAt">When the source was read; null when it never was.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ReferenceRates")]
public sealed record ReferenceRates(
    [property: Id(0)] string Source,
    [property: Id(1)] string Base,
    [property: Id(2)] IReadOnlyList<ReferenceRateDay> Days,
    [property: Id(3)] DateTimeOffset? FetchedAt);
