using GrainMarketing.Automation;
using GrainMarketing.Insights.Anomalies;

namespace GrainMarketing.UnitTests.Insights.Anomalies;

public sealed class AnomalyIncidentTests
{
    private static readonly DateTimeOffset Hour = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ASpendSpikeLeadsTheCpcAndCpaItMovedEvenWithALowerScore()
    {
        var lead = AnomalyIncident.LeadFirst([Finding(AnomalyMetric.Cpa, 12), Finding(AnomalyMetric.Spend, 6), Finding(AnomalyMetric.Cpc, 9)]);

        Assert.Equal([AnomalyMetric.Spend, AnomalyMetric.Cpc, AnomalyMetric.Cpa], lead.Select(f => f.Metric));
    }

    [Fact]
    public void ABrokenPixelLeadsTheConversionValueAndCpaItMoved()
    {
        var pixel = Finding(AnomalyMetric.Conversions, 5, AnomalyKind.BrokenPixel);

        var lead = AnomalyIncident.LeadFirst([Finding(AnomalyMetric.ConversionValue, -8, AnomalyKind.Low), Finding(AnomalyMetric.Cpa, 7), pixel]);

        Assert.Equal(pixel, lead[0]);
        Assert.Equal([AnomalyMetric.ConversionValue, AnomalyMetric.Cpa], lead.Skip(1).Select(f => f.Metric));
    }

    [Fact]
    public void TheIncidentAlertsAtItsHighestSeverity()
    {
        // Spend at 1.1 times the threshold is a warning; the CPC it drove to 2.2 times is critical.
        Assert.Equal(AlertSeverity.Critical, AnomalyIncident.Severity([Finding(AnomalyMetric.Spend, 4.95), Finding(AnomalyMetric.Cpc, 9.9)]));
    }

    [Fact]
    public void BatchesOfOneSeriesInOneClockHourShareTheIncident()
    {
        var first = AnomalyIncident.Id("acme", AnomalyLevel.Campaign, "acme/meta/916", Hour.AddMinutes(5));

        Assert.Equal(first, AnomalyIncident.Id("acme", AnomalyLevel.Campaign, "acme/meta/916", Hour.AddMinutes(55)));
        Assert.NotEqual(first, AnomalyIncident.Id("acme", AnomalyLevel.Campaign, "acme/meta/916", Hour.AddMinutes(65)));
        Assert.NotEqual(first, AnomalyIncident.Id("acme", AnomalyLevel.Campaign, "acme/meta/917", Hour.AddMinutes(5)));
        Assert.NotEqual(first, AnomalyIncident.Id("acme", AnomalyLevel.Tenant, "acme/meta/916", Hour.AddMinutes(5)));
    }

    private static AnomalyFinding Finding(AnomalyMetric metric, double score, AnomalyKind kind = AnomalyKind.High) =>
        new(metric, kind, Hour, 100, new Expectation(50, 10, AnomalyBaseline.HourOfDay, 96), score, 4.5, $"{metric} off");
}
