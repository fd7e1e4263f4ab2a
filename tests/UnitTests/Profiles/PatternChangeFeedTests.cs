using GrainMarketing.ApiHost.Profiles;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Profiles;

public sealed class PatternChangeFeedTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EachChangeIsSentOnceOldestFirstEvenWhenAnEarlierIdCommitsAfterALaterOne()
    {
        var feed = new PatternChangeFeed(start: 10);
        Assert.Equal(10, feed.Query.After);

        var first = feed.Take([Change(13), Change(11)]);
        // 12 commits late: the next tick reads from the same floor and sends it alone.
        var second = feed.Take([Change(13), Change(12), Change(11)]);
        var third = feed.Take([Change(14), Change(13), Change(12), Change(11)]);

        Assert.Equal([11L, 13L], first.Select(c => c.Id));
        Assert.Equal([12L], second.Select(c => c.Id));
        Assert.Equal([14L], third.Select(c => c.Id));
        Assert.Equal(10, feed.Query.After);
    }

    [Fact]
    public void TheFloorMovesUpOnceTheIdsSeenHaveSettled()
    {
        var feed = new PatternChangeFeed(start: 0);
        feed.Take([Change(3)]);
        for (var tick = 0; tick < PatternChangeFeed.SettleTicks - 1; tick++)
        {
            feed.Take([Change(3)]);
        }

        Assert.Equal(0, feed.Query.After);
        Assert.Empty(feed.Take([Change(3)]));
        Assert.Equal(3, feed.Query.After);
        Assert.Equal([4L], feed.Take([Change(4)]).Select(c => c.Id));
        Assert.Equal(PatternChangeFeed.MaxPerTick, feed.Query.Limit);
    }

    private static StoredPatternChange Change(long id) => new(id, "ana", BehaviorPattern.Weekend, true, At);
}
