using GrainMarketing.ApiHost.Profiles;
using GrainMarketing.Errors;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Profiles;

public sealed class PatternChangesQueryStringTests
{
    [Fact]
    public void EveryFilterReadsIntoTheQueryAndAbsentOnesStayOpen()
    {
        var query = new PatternChangesQueryString
        {
            Pattern = "HIGHSPENDER",
            UserId = "u-1@shop",
            Kind = "exited",
            From = "2026-11-01",
            To = "2026-11-23T10:00:00Z",
            Limit = "20",
            Before = "77",
        }.ToQuery();

        Assert.Equal(
            new PatternChangeQuery(20, BehaviorPattern.HighSpender, "u-1@shop", false, new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), 77),
            query);
        Assert.Equal(new PatternChangeQuery(PatternChangesQueryString.DefaultLimit), new PatternChangesQueryString().ToQuery());
        Assert.True(new PatternChangesQueryString { Kind = "entered" }.ToQuery().Entered);
    }

    [Fact]
    public void EveryBadValueIsNamedAtOnce()
    {
        var bad = new PatternChangesQueryString { Pattern = "loyal", UserId = "no spaces", Kind = "left", From = "yesterday", Limit = "501", Before = "-3" };

        var errors = Assert.Throws<ValidationFailedException>(bad.ToQuery).Errors;

        Assert.Equal(["before", "from", "kind", "limit", "pattern", "userId"], errors.Keys.Order(StringComparer.Ordinal));
    }
}
