namespace GrainMarketing.Currencies;

/// <summary>The rates a tenant set by hand, per currency and day, into the currency the tenant had when they were set.</summary>
/// <remarks>At most <see cref="ExchangeRateRules.KeptDays"/> days per currency: older days are dropped on each change.</remarks>
[GenerateSerializer, Alias("GrainMarketing.ExchangeRatesState")]
public sealed class ExchangeRatesState
{
    /// <summary>The tenant's currency the rates convert into; rates into another are not used once the tenant changes its currency.</summary>
    [Id(0)] public string Currency { get; set; } = "";

    [Id(1)] public Dictionary<string, SortedDictionary<DateOnly, decimal>> Manual { get; set; } = new(StringComparer.Ordinal);
}
