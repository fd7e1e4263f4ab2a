using GrainMarketing.Insights.Forecasts;

namespace GrainMarketing.UnitTests.Insights.Forecasts;

public sealed class RuleChangeDaysTests
{
    [Fact]
    public void OnlyRuleFiringsOnTheSeriesTargetsCount()
    {
        var campaign = new ForecastSeries("acme", ForecastLevel.Campaign, "meta:916");
        var platform = new ForecastSeries("acme", ForecastLevel.Platform, "google");

        Assert.True(RuleChangeDays.Within(campaign, "acme/meta/916"));
        Assert.True(RuleChangeDays.Within(campaign, "acme/meta/916/adset/4"));
        Assert.False(RuleChangeDays.Within(campaign, "acme/meta/9160"));
        Assert.True(RuleChangeDays.Within(platform, "acme/google/77/creative/1"));
        Assert.False(RuleChangeDays.Within(platform, "acme/meta/77"));
    }
}
