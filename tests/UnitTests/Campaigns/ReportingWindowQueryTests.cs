using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class ReportingWindowQueryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 23, 30, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void NoWindowCoversTheLastThirtyDaysInTheTenantsZone()
    {
        var window = new ReportingWindowQuery().Resolve(Berlin, Now);

        Assert.Equal(new DateRange(new DateOnly(2026, 10, 26), new DateOnly(2026, 11, 24)), window.Dates);
    }

    [Fact]
    public void FromAndToMakeACustomWindow()
    {
        var window = new ReportingWindowQuery(From: "2026-11-01", To: "2026-11-07").Resolve(Berlin, Now);

        Assert.Equal(new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 7)), window.Dates);
    }

    [Fact]
    public void AnUnknownWindowIsRefusedUnderWindow()
    {
        var thrown = Assert.Throws<ValidationFailedException>(() => new ReportingWindowQuery(Window: "week").Resolve(Berlin, Now));

        Assert.Equal(["window"], thrown.Errors.Keys);
    }
}
