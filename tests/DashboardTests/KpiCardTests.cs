using GrainMarketing.Dashboard.Components.Shared;

namespace GrainMarketing.DashboardTests;

public sealed class KpiCardTests : DashboardContext
{
    [Fact]
    public void ARiseInCpaIsBadNewsAndARiseInRoasGood()
    {
        var cpa = Render<KpiCard>(parameters => parameters.Add(p => p.Name, "cpa").Add(p => p.Label, "CPA").Add(p => p.Value, "12.00 EUR")
            .Add(p => p.Change, 0.25).Add(p => p.LowerIsBetter, true));
        var roas = Render<KpiCard>(parameters => parameters.Add(p => p.Name, "roas").Add(p => p.Label, "ROAS").Add(p => p.Value, "3.10×")
            .Add(p => p.Change, 0.25));

        Assert.Contains("▲ 25.0", cpa.Markup, StringComparison.Ordinal);
        Assert.Contains("mud-error-text", cpa.Markup, StringComparison.Ordinal);
        Assert.Contains("mud-success-text", roas.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAPreviousPeriodNoChangeIsInvented()
    {
        var card = Render<KpiCard>(parameters => parameters.Add(p => p.Name, "spend").Add(p => p.Label, "Spend").Add(p => p.Value, "0.00 EUR"));

        Assert.Contains("no previous period to compare", card.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("▲", card.Markup, StringComparison.Ordinal);
    }
}
