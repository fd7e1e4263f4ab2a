using GrainMarketing.Insights.Predictions;

namespace GrainMarketing.UnitTests.Insights.Predictions;

public sealed class RecentRatesTests
{
    private static readonly DateOnly Day0 = new(2026, 11, 1);

    private static CampaignDay Day(string campaign, int offset, double spend, double conversions) =>
        new(campaign, "meta", null, null, Day0.AddDays(offset), AudienceMix.Unreported, spend * 100, spend, spend, conversions, 0);

    [Fact]
    public void ADaySeesOnlyItsOwnCampaignsSevenDaysBeforeIt()
    {
        CampaignDay[] days = [Day("a", 0, 10, 1), Day("a", 1, 10, 3), Day("b", 1, 50, 50), Day("a", 8, 20, 0), Day("a", 9, 1, 0)];

        var rates = RecentRates.Trailing(days);

        Assert.Null(rates[0]);
        Assert.Equal(0.1, rates[1]!.ConversionsPerSpend, 9);
        Assert.Null(rates[2]);
        Assert.Equal(3.0 / 10, rates[3]!.ConversionsPerSpend, 9);
        Assert.Equal((0.0, 100.0), (rates[4]!.ConversionsPerSpend, rates[4]!.ImpressionsPerSpend));
    }
}
