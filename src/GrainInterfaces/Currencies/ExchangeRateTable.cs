namespace GrainMarketing.Currencies;

/// <summary>A tenant's rates into its own currency over some days: those set by hand, and those derived from the configured source where none was set by hand.</summary>
/// <param name="Currency">The tenant's currency, which every rate converts into.</param>
/// <param name="Rates">Oldest first, then by currency.</param>
/// <param name="SourceFetchedAt">When the configured source was last read; null when none is configured or it was never read.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ExchangeRateTable")]
public sealed record ExchangeRateTable(
    [property: Id(0)] string Currency,
    [property: Id(1)] IReadOnlyList<ExchangeRate> Rates,
    [property: Id(2)] DateTimeOffset? SourceFetchedAt);
