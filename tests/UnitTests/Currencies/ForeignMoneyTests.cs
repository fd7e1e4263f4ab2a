using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Currencies;

public sealed class ForeignMoneyTests
{
    private static readonly DateOnly Day = new(2026, 12, 1);
    private static readonly DateTimeOffset At = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly CampaignKey Campaign = new("acme", AdPlatform.Meta, "1");

    [Fact]
    public void TheRollupKeepsAnotherCurrencyApartFromTheTenantsOwn()
    {
        var rollup = new TenantRollupState();

        rollup.Apply(Campaign, 1, [Delta(10m, null), Delta(7m, "USD"), Delta(3m, "USD"), Delta(2m, "GBP")], At, Day.AddDays(-90));

        Assert.Equal(10m, rollup.Days[AdPlatform.Meta][Day].Spend);
        var foreign = rollup.Foreign[AdPlatform.Meta];
        Assert.Equal(10m, foreign.Days["USD"][Day].Spend);
        Assert.Equal(2m, foreign.Days["GBP"][Day].Spend);
        Assert.Equal(10m, rollup.Hour(At).Spend);
        Assert.Equal(
            [("GBP", 2m), ("USD", 10m)],
            foreign.For(QueryWindow.Recent(TimeSpan.FromMinutes(15)), At.AddMinutes(1), Day).Select(s => (s.Currency, s.Totals.Spend)).OrderBy(s => s.Currency));
    }

    [Fact]
    public void DaysPastRetentionAreForgottenInEveryCurrency()
    {
        var rollup = new TenantRollupState();
        rollup.Apply(Campaign, 1, [Delta(7m, "USD", Day.AddDays(-5)), Delta(1m, "USD")], At, Day.AddDays(-90));

        rollup.Apply(Campaign, 2, [Delta(1m, "USD")], At, Day.AddDays(-1));

        Assert.Equal([Day], rollup.Foreign[AdPlatform.Meta].Days["USD"].Keys);
        Assert.Equal(Day, rollup.Foreign[AdPlatform.Meta].LatestDate);
    }

    private static PlatformDelta Delta(decimal spend, string? currency, DateOnly? date = null) =>
        new(AdPlatform.Meta, date ?? Day, new MetricTotals(100, 0, 5, spend, 0, 0), [Dimensions.None], currency);
}
