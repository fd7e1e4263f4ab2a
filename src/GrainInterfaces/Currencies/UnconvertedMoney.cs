using GrainMarketing.Metrics;

namespace GrainMarketing.Currencies;

/// <summary>Numbers in a currency that had no rate for some of their days: left out of the converted totals, and listed here in their own currency.</summary>
/// <param name="Currency">ISO 4217 code the money is in.</param>
/// <param name="Days">The days without a rate, oldest first.</param>
/// <param name="Totals">The numbers of those days (money in <see cref="Currency"/>), none of them in the converted totals.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.UnconvertedMoney")]
public sealed record UnconvertedMoney(
    [property: Id(0)] string Currency,
    [property: Id(1)] IReadOnlyList<DateOnly> Days,
    [property: Id(2)] MetricTotals Totals);
