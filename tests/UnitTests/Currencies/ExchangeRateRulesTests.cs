using GrainMarketing.Currencies;

namespace GrainMarketing.UnitTests.Currencies;

public sealed class ExchangeRateRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void GoodRatesPass()
    {
        Assert.Empty(ExchangeRateRules.Validate([new(Today, "USD", 0.9259m), new(Today.AddDays(-700), "GBP", 1.17m)], "EUR", Today));
    }

    [Fact]
    public void EveryBadFieldIsNamedByItsPlace()
    {
        var errors = ExchangeRateRules.Validate(
        [
            new(Today.AddDays(2), "USD", 0.9m),
            new(Today, "EURO", 1m),
            new(Today, "EUR", 1m),
            new(Today, "GBP", 0m),
            new(Today, "JPY", 0.00000000001m),
            new(Today.AddDays(-ExchangeRateRules.KeptDays - 1), "CHF", 1m),
            new(Today, "GBP", 1.1m),
        ], "EUR", Today);

        Assert.Equal(
            ["rates[0].date", "rates[1].currency", "rates[2].currency", "rates[3].rate", "rates[4].rate", "rates[5].date", "rates[6]"],
            errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnEmptyListIsRefused()
    {
        Assert.Equal(["rates"], ExchangeRateRules.Validate([], "EUR", Today).Keys);
    }
}
