using GrainMarketing.Connectors.WriteBack;

namespace GrainMarketing.UnitTests.Connectors.WriteBack;

public sealed class PlatformMoneyTests
{
    [Theory]
    [InlineData("12.34", "EUR", 1234)]
    [InlineData("12.345", "USD", 1235)]
    [InlineData("-12.345", "USD", -1235)]
    [InlineData("1500", "JPY", 1500)]
    [InlineData("1500.5", "JPY", 1501)]
    [InlineData("25000", "KRW", 25000)]
    [InlineData("10.00", "BHD", 1000)]
    [InlineData("10.00", null, 1000)]
    public void MetaBudgetsAreInTheCurrencysOffsetUnitsRoundedHalfAwayFromZero(string amount, string? currency, long minor) =>
        Assert.Equal(minor, PlatformMoney.MetaMinor(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency));

    [Fact]
    public void AMetaBudgetReadsBackAsTheAmountSent()
    {
        Assert.Equal(12.34m, PlatformMoney.FromMetaMinor(1234, "EUR"));
        Assert.Equal(1500m, PlatformMoney.FromMetaMinor(1500, "JPY"));
    }

    [Theory]
    [InlineData("12.34", "EUR", 12_340_000)]
    [InlineData("12.345", "USD", 12_350_000)]
    [InlineData("12.3449", "GBP", 12_340_000)]
    [InlineData("0.005", "USD", 10_000)]
    [InlineData("1500.4", "JPY", 1_500_000_000)]
    [InlineData("1500.5", "JPY", 1_501_000_000)]
    public void GoogleAndSnapchatMicrosAreAMultipleOfTheCurrencysBillableUnit(string amount, string currency, long micros)
    {
        var result = PlatformMoney.Micros(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency);

        Assert.Equal(micros, result);
        Assert.Equal(0, result % PlatformMoney.BillableUnitMicros(currency));
    }

    [Theory]
    [InlineData("12.345", "EUR", "12.35")]
    [InlineData("12.3", "USD", "12.3")]
    [InlineData("1500.5", "JPY", "1501")]
    public void TikTokBudgetsAreMajorUnitsWithTheCurrencysDecimals(string amount, string currency, string major) =>
        Assert.Equal(decimal.Parse(major, System.Globalization.CultureInfo.InvariantCulture),
            PlatformMoney.TikTokMajor(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency));
}
