using GrainMarketing.Metrics;

namespace GrainMarketing.Currencies;

/// <summary>Numbers of one reporting day whose money is in <see cref="Currency"/>, as an aggregate keeps them before conversion.</summary>
public readonly record struct CurrencySlice(string Currency, DateOnly Date, MetricTotals Totals);
