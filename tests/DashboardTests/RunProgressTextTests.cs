using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Pages.Tenant.Customers;

namespace GrainMarketing.DashboardTests;

public sealed class RunProgressTextTests
{
    [Fact]
    public void ARunningRunReadsItsPhaseShareDoneAndTimeLeft()
    {
        var progress = new RunProgress { Phase = "judging customers", Fraction = 0.4, EstimatedSecondsLeft = 11.2, EstimateBasis = "the previous run's speed" };

        Assert.Equal("judging customers · 40% done · about 12 s left", RunProgressText.Describe(progress));
        Assert.Equal(40, RunProgressText.Percent(progress), 9);
    }

    [Theory]
    [InlineData(null, "estimating the time left")]
    [InlineData(0.3, "less than a second left")]
    [InlineData(59.5, "about 60 s left")]
    [InlineData(125.0, "about 2 min 5 s left")]
    public void TheTimeLeftIsRoundedUpAndNeverInventedBeforeAnythingIsMeasured(double? seconds, string expected) =>
        Assert.Equal(expected, RunProgressText.TimeLeft(seconds));

    [Fact]
    public void ARunThatReportedNothingYetIsStartingAndItsBarIsEmpty()
    {
        Assert.Equal("Starting…", RunProgressText.Describe(null));
        Assert.Equal(0, RunProgressText.Percent(null));
    }
}
