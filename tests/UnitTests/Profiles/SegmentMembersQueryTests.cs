using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Profiles;
using GrainMarketing.Errors;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Profiles;

public sealed class SegmentMembersQueryTests
{
    [Fact]
    public void AnAbsentPageIsTheFirstOfTheDefaultSize()
    {
        var errors = new ValidationErrors();

        var first = new SegmentMembersQuery().Read(errors);
        var next = new SegmentMembersQuery("u-9", "7").Read(errors);

        Assert.Null(first.After);
        Assert.Equal(SegmentMembersQuery.DefaultLimit, first.Limit);
        Assert.Equal("u-9", next.After);
        Assert.Equal(7, next.Limit);
        Assert.True(errors.IsEmpty);
    }

    [Fact]
    public void ACursorTooLongForAnIdAndALimitOutOfRangeAreBothNamed()
    {
        var errors = new ValidationErrors();

        new SegmentMembersQuery(new string('u', UserKey.MaxIdLength + 1), (BehaviorSegments.MaxPage + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Read(errors);

        var thrown = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny).Errors;
        Assert.Equal(["after", "limit"], thrown.Keys.Order(StringComparer.Ordinal));
    }
}
