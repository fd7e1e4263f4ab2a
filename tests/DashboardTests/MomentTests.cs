using GrainMarketing.Dashboard.Components.Shared;
using GrainMarketing.Dashboard.Tenants;

namespace GrainMarketing.DashboardTests;

public sealed class MomentTests : DashboardContext
{
    private static readonly DateTimeOffset Instant = new(2026, 7, 1, 22, 30, 0, TimeSpan.Zero);

    [Fact]
    public void AMomentIsWrittenInTheTenantsZoneWithItsDaylightSavingAndTheInstantInItsDatetime()
    {
        var moment = Render<Moment>(parameters => parameters.AddCascadingValue(Source("Europe/Berlin")).Add(p => p.At, Instant));

        var time = moment.Find("time");
        Assert.Equal("2026-07-02 00:30", time.TextContent);
        Assert.Equal("Europe/Berlin", time.GetAttribute("title"));
        Assert.Equal(Instant, DateTimeOffset.Parse(time.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void WithoutATenantOrWithAZoneThisServerDoesNotKnowItIsUtcAndNoMomentWritesNothing()
    {
        var outside = Render<Moment>(parameters => parameters.Add(p => p.At, Instant).Add(p => p.Format, TenantClock.Second));
        var unknown = Render<Moment>(parameters => parameters.AddCascadingValue(Source("Mars/Olympus_Mons")).Add(p => p.At, Instant));
        var none = Render<Moment>(parameters => parameters.Add(p => p.At, null));

        Assert.Equal("22:30:00", outside.Find("time").TextContent);
        Assert.Equal("2026-07-01 22:30", unknown.Find("time").TextContent);
        Assert.Empty(none.Markup.Trim());
    }

    [Fact]
    public void AMomentShownFollowsTheClockWhenTheTenantsZoneArrives()
    {
        var source = new TenantClockSource();
        var moment = Render<Moment>(parameters => parameters.AddCascadingValue(source).Add(p => p.At, Instant));
        Assert.Equal("2026-07-01 22:30", moment.Find("time").TextContent);

        source.Set(TenantClock.Of("Asia/Tokyo"));

        moment.WaitForAssertion(() => Assert.Equal("2026-07-02 07:30", moment.Find("time").TextContent));
    }

    [Fact]
    public void NewYorksWinterIsFiveHoursBehindUtc()
    {
        Assert.Equal("2026-12-07 06:05", TenantClock.Of("America/New_York").Format(new DateTimeOffset(2026, 12, 7, 11, 5, 0, TimeSpan.Zero)));
    }

    private static TenantClockSource Source(string zone)
    {
        var source = new TenantClockSource();
        source.Set(TenantClock.Of(zone));
        return source;
    }
}
