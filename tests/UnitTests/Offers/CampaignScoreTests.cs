using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Offers;

public sealed class CampaignScoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ResultsCountTheTreatedAndReckonCostAndRoiFromTheConvertedRevenue()
    {
        var campaign = Campaign(new Offer(OfferKind.Cashback, 5));
        var treated = new GroupSums(90, 85, 60, 30, 12, 10, 800m, 40, 2000m, 90_000m);
        var held = new GroupSums(10, 0, 0, 0, 0, 0, 0m, 3, 150m, 4000m);

        var results = CampaignScore.Results(campaign, new TargetSums(treated, held));

        Assert.Equal((100, 90, 10, 85, 60, 30, 12), (results.Targets, results.Treated, results.HeldOut, results.Delivered, results.Viewed, results.Clicked, results.Converted));
        Assert.Equal(12 / 90.0, results.ConversionRate!.Value, 12);
        Assert.Equal((800m, 40m), (results.Revenue, results.OfferCost));
        Assert.Equal(19, results.Roi!.Value, 12);
        Assert.Equal((40 / 90.0, 0.3), (results.BuyingRateUplift!.Treated, results.BuyingRateUplift.HeldOut));
        Assert.Equal(2000 / 90.0, results.RevenuePerCustomerUplift!.Treated, 12);
        Assert.Equal(15.0, results.RevenuePerCustomerUplift.HeldOut);
    }

    [Fact]
    public void AFixedBonusCostsItsAmountOncePerConvertingCustomer()
    {
        var sums = new GroupSums(50, 50, 50, 20, 9, 4, 300m, 10, 500m, 9000m);

        Assert.Equal(40m, CampaignScore.Cost(new Offer(OfferKind.FixedBonus, 10), sums));
        Assert.Equal(300m * 10 * 0.02m, CampaignScore.Cost(new Offer(OfferKind.Points, 10, PointValue: 0.02m), sums));
    }

    [Fact]
    public void NothingConvertedMeansNoCostAndNoRoi()
    {
        var results = CampaignScore.Results(Campaign(new Offer(OfferKind.PercentOff, 20)), TargetSums.Empty);

        Assert.Equal((0m, (double?)null, (double?)null, (Uplift?)null), (results.OfferCost, results.Roi, results.ConversionRate, results.BuyingRateUplift));
    }

    private static OfferCampaign Campaign(Offer offer) => CampaignBook.New(
        "oc-1", new OfferCampaignDraft("VIP", OfferCampaignType.VipRewards, new TargetCriteria([BehaviorPattern.HighSpender]), offer, 30, 0.1),
        OfferCampaignOrigin.Manual, "a@example.com", Now, (null, "none"), null);
}
