using GrainMarketing.Insights.Predictions;

namespace GrainMarketing.UnitTests.Insights.Predictions;

public sealed class LivePolicyTests
{
    private static TrainedOutcomeModel Model(double mae, double baselineMae, double? liveMae) => new(
        new DateOnly(2026, 6, 1), new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 1), 500, 5,
        [new OutcomeMetrics(CampaignOutcome.Conversions, 100, mae, 0.5, "average rate", baselineMae, 0.1, 0.8)], [], "test", [], liveMae);

    [Fact]
    public void TheFirstVersionGoesLiveWhenItBeatsTheBaseline()
    {
        Assert.True(LivePolicy.Decide(Model(1.0, 1.5, null), null).Live);
        Assert.False(LivePolicy.Decide(Model(1.5, 1.5, null), null).Live);
    }

    [Fact]
    public void ANewVersionReplacesTheLiveOneOnlyWhenItScoresBetterOnTheSameHeldOutDays()
    {
        var (better, reason) = LivePolicy.Decide(Model(1.0, 1.5, 1.2), 3);
        var (worse, why) = LivePolicy.Decide(Model(1.0, 1.5, 0.9), 3);

        Assert.True(better);
        Assert.Contains("version 3's 1.2", reason, StringComparison.Ordinal);
        Assert.False(worse);
        Assert.StartsWith("Not live: version 3 scores conversions MAE 0.9", why, StringComparison.Ordinal);
    }
}
