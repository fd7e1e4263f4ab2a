using GrainMarketing.Offers;

namespace GrainMarketing.UnitTests.Offers;

public sealed class ExpectedRoiTests
{
    [Fact]
    public void TheExpectedRoiIsTheTreatedWeightedMeanOfEarlierCampaignsWithResults()
    {
        var (roi, basis) = ExpectedRoi.From(OfferCampaignType.VipRewards, [(2.0, 1000), (0.5, 3000), (null, 500), (9.0, 0), (1.0, 210)]);

        Assert.Equal(((2.0 * 1000) + (0.5 * 3000) + (1.0 * 210)) / 4210, roi!.Value, 12);
        Assert.Equal("mean ROI of 3 earlier vipRewards campaigns (4,210 treated customers)", basis);
    }

    [Fact]
    public void WithoutEarlierResultsThereIsNoExpectedRoi()
    {
        Assert.Equal((null, "no earlier welcome campaign with results"), ExpectedRoi.From(OfferCampaignType.Welcome, [(null, 40)]));
        Assert.Equal("mean ROI of 1 earlier welcome campaign (40 treated customers)", ExpectedRoi.From(OfferCampaignType.Welcome, [(1.5, 40)]).Basis);
    }
}
