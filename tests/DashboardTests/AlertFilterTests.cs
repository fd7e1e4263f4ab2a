using GrainMarketing.Dashboard.Alerts;
using GrainMarketing.Dashboard.Api.Client.Api.V1.Tenants.Item.Alerts;

namespace GrainMarketing.DashboardTests;

public sealed class AlertFilterTests
{
    [Fact]
    public void TheUrlsFiltersBecomeTheApisQueryAndRoundTripThroughTheUrl()
    {
        var filter = AlertFilter.FromQuery("error", "failed", " rule.fired ", "ops", "812");
        var query = new AlertsRequestBuilder.AlertsRequestBuilderGetQueryParameters();

        filter.Apply(query);
        var url = filter.ToQuery();

        Assert.Equal(("error", "failed", "rule.fired", "ops", "812", "25"), (query.Severity, query.Status, query.Kind, query.Channel, query.Before, query.Limit));
        Assert.Equal(filter, AlertFilter.FromQuery(url["severity"] as string, url["status"] as string, url["kind"] as string, url["channel"] as string, url["before"] as string));
        Assert.True(filter.Any);
    }

    [Fact]
    public void ASeverityStatusOrCursorTheApiWouldRefuseCountsAsAbsent()
    {
        var filter = AlertFilter.FromQuery("loud", "lost", "", null, "-3");

        Assert.Equal(AlertFilter.None, filter);
        Assert.False(filter.Any);
        Assert.Null(filter.ToQuery()["severity"]);
    }
}
