namespace GrainMarketing.Currencies;

/// <summary>How an answer's money came into one currency: the rates it used and what it could not convert.</summary>
/// <param name="Currency">The currency the answer's money is in (the tenant's).</param>
/// <param name="Rates">Each rate used, by currency then date.</param>
/// <param name="Unconverted">Per currency, what had no rate for its day and is not in the answer's totals.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Conversion")]
public sealed record Conversion(
    [property: Id(0)] string Currency,
    [property: Id(1)] IReadOnlyList<ExchangeRate> Rates,
    [property: Id(2)] IReadOnlyList<UnconvertedMoney> Unconverted)
{
    /// <summary>Nothing needed converting: every amount was in <paramref name="currency"/> already.</summary>
    public static Conversion None(string currency) => new(currency, [], []);
}
