namespace GrainMarketing.Currencies;

/// <summary>Rates into one currency derived from a source's reference rates against its base (the ECB's against EUR).</summary>
public static class CrossRates
{
    /// <summary>Decimal places a derived rate keeps; the ECB publishes five significant figures, so nothing real is lost.</summary>
    public const int Decimals = 10;

    /// <summary>The day's rate of every currency the source quotes (and of its base) into <paramref name="target"/>; none when the source does not quote the target.</summary>
    /// <remarks>One unit of X is worth (target per base) / (X per base) of the target.</remarks>
    public static IEnumerable<ExchangeRate> Into(string target, string baseCurrency, ReferenceRateDay day, string source)
    {
        decimal PerBase(string currency) => currency == baseCurrency ? 1m : day.Rates.GetValueOrDefault(currency);

        var targetPerBase = PerBase(target);
        if (targetPerBase <= 0)
        {
            yield break;
        }

        foreach (var currency in day.Rates.Keys.Append(baseCurrency).Distinct().Order(StringComparer.Ordinal))
        {
            var perBase = PerBase(currency);
            if (currency != target && perBase > 0)
            {
                yield return new ExchangeRate(day.Date, currency, decimal.Round(targetPerBase / perBase, Decimals, MidpointRounding.AwayFromZero), source);
            }
        }
    }
}
