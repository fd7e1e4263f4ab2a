using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using static GrainMarketing.UnitTests.Campaigns.TestBatches;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class TenantRollupStateTests
{
    private readonly TenantRollupState _rollup = new();

    [Fact]
    public void AFlushAddsItsTotalsToTheDayAndTheRecentBuckets()
    {
        Assert.True(_rollup.Apply(Campaign, 1, [Delta(Today, 10, Dimensions.Age)], Now, Today.AddDays(-30)));
        Assert.True(_rollup.Apply(Campaign, 2, [Delta(Today, 5, Dimensions.Gender)], Now, Today.AddDays(-30)));

        Assert.Equal(15, _rollup.Days[AdPlatform.Meta][Today].Impressions);
        Assert.Equal(15, _rollup.Recent[AdPlatform.Meta].Sum(Now, 5).Impressions);
        Assert.Equal([Dimensions.Age, Dimensions.Gender], _rollup.Reported[AdPlatform.Meta].Order());
        Assert.Equal(2, _rollup.AppliedFlushes[Campaign]);
    }

    [Fact]
    public void AFlushAlreadyAppliedChangesNothing()
    {
        _rollup.Apply(Campaign, 2, [Delta(Today, 10)], Now, Today.AddDays(-30));

        Assert.False(_rollup.Apply(Campaign, 2, [Delta(Today, 10)], Now.AddMinutes(1), Today.AddDays(-30)));
        Assert.False(_rollup.Apply(Campaign, 1, [Delta(Today, 10)], Now.AddMinutes(1), Today.AddDays(-30)));

        Assert.Equal(10, _rollup.Days[AdPlatform.Meta][Today].Impressions);
        Assert.Equal(Now, _rollup.LastReceivedAt[AdPlatform.Meta]);
    }

    [Fact]
    public void FlushesAreCountedPerCampaign()
    {
        var other = Campaign with { CampaignId = "c-2" };

        _rollup.Apply(Campaign, 3, [Delta(Today, 10)], Now, Today.AddDays(-30));

        Assert.True(_rollup.Apply(other, 1, [Delta(Today, 4)], Now, Today.AddDays(-30)));
        Assert.Equal(14, _rollup.Days[AdPlatform.Meta][Today].Impressions);
    }

    [Fact]
    public void DaysBeforeTheOldestKeptAreDropped()
    {
        _rollup.Apply(Campaign, 1, [Delta(Today.AddDays(-40), 7), Delta(Today.AddDays(-2), 3)], Now, Today.AddDays(-40));

        _rollup.Apply(Campaign, 2, [Delta(Today, 1)], Now, Today.AddDays(-30));

        Assert.Equal([Today.AddDays(-2), Today], _rollup.Days[AdPlatform.Meta].Keys);
    }

    [Fact]
    public void AFlushReceivedEarlierDoesNotMoveTheLastReceivedTimeBack()
    {
        _rollup.Apply(Campaign, 1, [Delta(Today, 1)], Now, Today.AddDays(-30));

        _rollup.Apply(Campaign, 2, [Delta(Today, 1)], Now.AddMinutes(-5), Today.AddDays(-30));

        Assert.Equal(Now, _rollup.LastReceivedAt[AdPlatform.Meta]);
    }

    private static PlatformDelta Delta(DateOnly day, long impressions, Dimensions reported = Dimensions.None) =>
        new(AdPlatform.Meta, day, new MetricTotals(impressions, 0, 0, 0, 0, 0), reported == Dimensions.None ? [] : [reported]);
}
