using GrainMarketing.Currencies;

namespace GrainMarketing.UnitTests.Currencies;

public sealed class CrossRatesTests
{
    private static readonly ReferenceRateDay Day = new(new DateOnly(2026, 12, 4), new Dictionary<string, decimal>
    {
        ["USD"] = 1.0800m,
        ["GBP"] = 0.8600m,
        ["JPY"] = 160.00m,
    });

    [Fact]
    public void IntoTheBaseCurrencyARateIsOneOverTheQuote()
    {
        var rates = CrossRates.Into("EUR", "EUR", Day, "ecb").ToDictionary(r => r.Currency, r => r.Rate);

        Assert.Equal(decimal.Round(1m / 1.08m, CrossRates.Decimals), rates["USD"]);
        Assert.Equal(0.9259259259m, rates["USD"]);
        Assert.Equal(1.1627906977m, rates["GBP"]);
        Assert.Equal(0.00625m, rates["JPY"]);
        Assert.DoesNotContain("EUR", rates.Keys);
    }

    [Fact]
    public void IntoAnotherCurrencyTheRateCrossesThroughTheBase()
    {
        var rates = CrossRates.Into("GBP", "EUR", Day, "ecb").ToList();

        var usd = rates.Single(r => r.Currency == "USD");
        Assert.Equal(decimal.Round(0.86m / 1.08m, CrossRates.Decimals), usd.Rate);
        Assert.Equal(0.86m, rates.Single(r => r.Currency == "EUR").Rate);
        Assert.Equal("ecb", usd.Source);
        Assert.Equal(Day.Date, usd.Date);
        Assert.DoesNotContain(rates, r => r.Currency == "GBP");
    }

    [Fact]
    public void ACurrencyTheSourceDoesNotQuoteGetsNoRates()
    {
        Assert.Empty(CrossRates.Into("CHF", "EUR", Day, "ecb"));
    }
}
