namespace GrainMarketing.Currencies;

/// <summary>One day of reference rates: units of each currency per one unit of the base currency.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ReferenceRateDay")]
public sealed record ReferenceRateDay([property: Id(0)] DateOnly Date, [property: Id(1)] IReadOnlyDictionary<string, decimal> Rates);
