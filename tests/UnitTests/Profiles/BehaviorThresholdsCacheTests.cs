using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Profiles;

public sealed class BehaviorThresholdsCacheTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public void HandedInThresholdsAreNewerOnlyWhenTheirThresholdWasSetLater()
    {
        var current = new BehaviorThresholds(PatternSettings.Default, 120, At);

        Assert.True(BehaviorThresholdsCache.IsNewer(current with { HighSpenderThreshold = 90, ThresholdAt = At.AddSeconds(1) }, current));
        Assert.True(BehaviorThresholdsCache.IsNewer(current, BehaviorThresholds.Default));
        Assert.False(BehaviorThresholdsCache.IsNewer(current with { HighSpenderThreshold = 90 }, current));
        Assert.False(BehaviorThresholdsCache.IsNewer(current with { ThresholdAt = At.AddDays(-1) }, current));
        Assert.False(BehaviorThresholdsCache.IsNewer(BehaviorThresholds.Default, current));
        Assert.False(BehaviorThresholdsCache.IsNewer(BehaviorThresholds.Default, BehaviorThresholds.Default));
    }
}
