using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Pages.Tenant.Offers;

namespace GrainMarketing.DashboardTests;

public sealed class UpliftSeriesTests : DashboardContext
{
    [Fact]
    public void TheIntervalsBoundsAreTheirOwnSeriesBesideTheEstimateInTheChartsUnit()
    {
        var series = UpliftSeries.Of(new Uplift { Treated = 0.5, HeldOut = 0.2, Difference = 0.3, Low = 0.05, High = 0.55 }, scale: 100);

        Assert.Equal([UpliftSeries.Lower, UpliftSeries.Estimate, UpliftSeries.Upper], series.Select(s => s.Name));
        Assert.Equal([5.0, 30.0, 55.0], series.Select(s => Convert.ToDouble(Assert.Single(s.Data.Values), System.Globalization.CultureInfo.InvariantCulture)), new Tolerance());
    }

    [Fact]
    public void AnUnboundedUpliftDrawsOnlyTheEstimateNotABoundOfZero()
    {
        var series = UpliftSeries.Of(new Uplift { Treated = 12, HeldOut = 10, Difference = 2 }, scale: 1);

        Assert.Equal([UpliftSeries.Estimate], series.Select(s => s.Name));
        Assert.False(UpliftSeries.Significant(new Uplift { Difference = 2 }));
    }

    [Fact]
    public void AnIntervalThatExcludesZeroIsSignificantEitherWay()
    {
        Assert.True(UpliftSeries.Significant(new Uplift { Low = 0.1, High = 0.4 }));
        Assert.True(UpliftSeries.Significant(new Uplift { Low = -0.4, High = -0.1 }));
        Assert.False(UpliftSeries.Significant(new Uplift { Low = -0.1, High = 0.4 }));
    }

    [Fact]
    public void ThePanelShowsTheApisNumbersAndSaysWhetherTheOfferMadeADifference()
    {
        var panel = Render<UpliftPanel>(parameters => parameters.Add(p => p.Name, "revenue").Add(p => p.Title, "Revenue per customer uplift")
            .Add(p => p.Uplift, new Uplift { Treated = 52.5, HeldOut = 10, Difference = 42.5, Low = 20.25, High = 64.75 })
            .Add(p => p.Format, value => $"{value:0.00} EUR"));

        Assert.Equal("42.50 EUR", panel.Find("[data-testid=uplift-revenue-difference]").TextContent);
        Assert.Equal("20.25 EUR to 64.75 EUR", panel.Find("[data-testid=uplift-revenue-interval]").TextContent);
        Assert.Contains("the offer made a difference", panel.Markup, StringComparison.Ordinal);
    }

    private sealed class Tolerance : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }
}
