using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Insights;

namespace GrainMarketing.DashboardTests.Insights;

public sealed class RunProgressTextTests
{
    [Fact]
    public void ProgressReadsAsPhaseShareAndTimeLeft()
    {
        Assert.Equal("training: 45% done, about 13 s left", RunProgressText.Of(new RunProgress { Phase = "training", Fraction = 0.45, EstimatedSecondsLeft = 12.2 }));
        Assert.Equal("loading: 0% done, time left not known yet", RunProgressText.Of(new RunProgress { Phase = "loading", Fraction = 0 }));
        Assert.Equal("about 3 min left", RunProgressText.TimeLeft(150));
        Assert.Equal("waiting to start", RunProgressText.Of(null));
    }
}
