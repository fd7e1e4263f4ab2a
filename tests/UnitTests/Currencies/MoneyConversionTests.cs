using GrainMarketing.Currencies;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Currencies;

public sealed class MoneyConversionTests
{
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Fact]
    public void EachDayIsConvertedAtItsOwnRateAndRoundedToTheCent()
    {
        var rates = new RateBook("EUR", [new(Monday, "USD", 0.9259m), new(Monday.AddDays(1), "USD", 0.95m), new(Monday, "GBP", 1.1666666667m)]);

        var (totals, conversion) = MoneyConversion.Convert(
            Totals(spend: 10m, value: 1m, clicks: 4),
            [Slice("USD", Monday, spend: 33.33m, value: 100m, clicks: 1), Slice("USD", Monday.AddDays(1), spend: 10m, clicks: 2), Slice("GBP", Monday, spend: 12.34m)],
            rates);

        // 33.33 × 0.9259 = 30.860247 → 30.86; 10 × 0.95 = 9.50; 12.34 × 1.1666666667 = 14.39666… → 14.40; 100 × 0.9259 = 92.59.
        Assert.Equal(10m + 30.86m + 9.50m + 14.40m, totals.Spend);
        Assert.Equal(1m + 92.59m, totals.ConversionValue);
        Assert.Equal(7, totals.Clicks);
        Assert.Equal("EUR", conversion.Currency);
        Assert.Equal(
            [new(Monday, "GBP", 1.1666666667m), new(Monday, "USD", 0.9259m), new(Monday.AddDays(1), "USD", 0.95m)],
            conversion.Rates);
        Assert.Empty(conversion.Unconverted);
    }

    [Fact]
    public void HalfACentRoundsAwayFromZero()
    {
        Assert.Equal(0.13m, MoneyConversion.Apply(Totals(spend: 0.25m), 0.5m).Spend);
        Assert.Equal(-0.13m, MoneyConversion.Apply(Totals(spend: -0.25m), 0.5m).Spend);
    }

    [Fact]
    public void ADayWithoutARateIsLeftOutWholeAndFlaggedInItsOwnCurrency()
    {
        var rates = new RateBook("EUR", [new(Monday, "USD", 0.9m)]);

        var (totals, conversion) = MoneyConversion.Convert(
            MetricTotals.Zero,
            [Slice("USD", Monday, spend: 10m, clicks: 1), Slice("USD", Monday.AddDays(-3), spend: 7m, clicks: 5), Slice("GBP", Monday, spend: 2m, clicks: 1)],
            rates);

        Assert.Equal(9m, totals.Spend);
        Assert.Equal(1, totals.Clicks);
        Assert.Equal(["GBP", "USD"], conversion.Unconverted.Select(u => u.Currency));
        var usd = conversion.Unconverted[1];
        Assert.Equal([Monday.AddDays(-3)], usd.Days);
        Assert.Equal(7m, usd.Totals.Spend);
        Assert.Equal(5, usd.Totals.Clicks);
    }

    [Fact]
    public void MoneyInTheBooksOwnCurrencyNeedsNoRate()
    {
        var (totals, conversion) = MoneyConversion.Convert(MetricTotals.Zero, [Slice("EUR", Monday, spend: 12.345m)], new RateBook("EUR", []));

        Assert.Equal(12.345m, totals.Spend);
        Assert.Empty(conversion.Rates);
        Assert.Empty(conversion.Unconverted);
    }

    [Fact]
    public void AWeekendTakesFridaysRateButNotOneOlderThanFourDays()
    {
        var friday = new DateOnly(2026, 12, 4);
        var rates = new RateBook("EUR", [new(friday, "USD", 0.92m), new(friday.AddDays(-1), "USD", 0.91m)]);

        Assert.Equal(0.92m, rates.Find("USD", friday.AddDays(2))!.Rate);
        Assert.Equal(friday, rates.Find("USD", friday.AddDays(RateBook.CarryDays))!.Date);
        Assert.Null(rates.Find("USD", friday.AddDays(RateBook.CarryDays + 1)));
        Assert.Null(rates.Find("USD", friday.AddDays(-2)));
        Assert.Null(rates.Find("GBP", friday));
    }

    [Fact]
    public void MergingPlatformsListsEachRateOnceAndAddsWhatNoneConverted()
    {
        var rate = new ExchangeRate(Monday, "USD", 0.9m);
        var merged = MoneyConversion.Merge("EUR",
        [
            new Conversion("EUR", [rate], [new UnconvertedMoney("GBP", [Monday], Totals(spend: 1m))]),
            new Conversion("EUR", [rate], [new UnconvertedMoney("GBP", [Monday, Monday.AddDays(1)], Totals(spend: 2m))]),
        ]);

        Assert.Equal([rate], merged.Rates);
        var gbp = Assert.Single(merged.Unconverted);
        Assert.Equal([Monday, Monday.AddDays(1)], gbp.Days);
        Assert.Equal(3m, gbp.Totals.Spend);
    }

    [Fact]
    public void ADailySeriesAddsEachDaysConvertedMoneyAndListsTheDaysWithoutARate()
    {
        var rates = new RateBook("EUR", [new(Monday, "USD", 0.9m)]);
        var (sunday, saturday) = (Monday.AddDays(-1), Monday.AddDays(-2));

        var series = MoneyConversion.ConvertDays(
            [new(sunday, Totals(spend: 5m)), new(Monday, Totals(spend: 10m))],
            [Slice("USD", Monday, spend: 10m), Slice("USD", sunday, spend: 7m), Slice("USD", saturday, spend: 3m)],
            rates);

        Assert.Equal([(sunday, 5m), (Monday, 19m)], series.Days.Select(d => (d.Date, d.Totals.Spend)));
        var usd = Assert.Single(series.Unconverted);
        Assert.Equal(("USD", 10m), (usd.Currency, usd.Totals.Spend));
        Assert.Equal([saturday, sunday], usd.Days);
        Assert.Equal([Monday], series.CompleteDays.Select(d => d.Date));
    }

    [Fact]
    public void WithoutABookEveryDayInAnotherCurrencyIsListed()
    {
        var series = MoneyConversion.ConvertDays([new(Monday, Totals(spend: 1m))], [Slice("USD", Monday, spend: 2m)], rates: null);

        Assert.Equal([(Monday, 1m)], series.Days.Select(d => (d.Date, d.Totals.Spend)));
        Assert.Equal([Monday], Assert.Single(series.Unconverted).Days);
        Assert.Empty(series.CompleteDays);
    }

    private static CurrencySlice Slice(string currency, DateOnly date, decimal spend = 0, decimal value = 0, long clicks = 0) =>
        new(currency, date, Totals(spend, value, clicks));

    private static MetricTotals Totals(decimal spend = 0, decimal value = 0, long clicks = 0) => new(0, 0, clicks, spend, 0, value);
}
