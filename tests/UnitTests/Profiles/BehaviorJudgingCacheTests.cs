using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Profiles;

public sealed class BehaviorJudgingCacheTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AHandedInJudgingIsNewerOnlyWhenItsThresholdWasSetLater()
    {
        var current = new BehaviorJudging(PatternSettings.Default, 120, At);

        Assert.True(BehaviorJudgingCache.IsNewer(current with { HighSpenderThreshold = 90, ThresholdAt = At.AddSeconds(1) }, current));
        Assert.True(BehaviorJudgingCache.IsNewer(current, BehaviorJudging.Default));
        Assert.False(BehaviorJudgingCache.IsNewer(current with { HighSpenderThreshold = 90 }, current));
        Assert.False(BehaviorJudgingCache.IsNewer(current with { ThresholdAt = At.AddDays(-1) }, current));
        Assert.False(BehaviorJudgingCache.IsNewer(BehaviorJudging.Default, current));
        Assert.False(BehaviorJudgingCache.IsNewer(BehaviorJudging.Default, BehaviorJudging.Default));
    }
}
