using GrainMarketing.ApiHost.Analytics;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Errors;

namespace GrainMarketing.UnitTests.Analytics;

public sealed class TopCampaignsQueryTests
{
    [Fact]
    public void TheTopIsTheFirstPageHighestFirst()
    {
        var errors = new ValidationErrors();

        var selection = new TopCampaignsQuery(Metric: "cpa", N: 3).Read(errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(new CampaignSelection(null, null, "cpa", "desc", 1, 3), selection);
    }

    [Fact]
    public void AnUnknownMetricAndACountOutOfRangeAreBothNamed()
    {
        var errors = new ValidationErrors();

        new TopCampaignsQuery(Metric: "likes", N: 0).Read(errors);

        var thrown = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny).Errors;
        Assert.Equal(["metric", "n"], thrown.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Must be 1-500."], thrown["n"]);
    }
}
