using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;

namespace GrainMarketing.DashboardTests;

public sealed class AgeGenderHeatmapTests : DashboardContext
{
    [Fact]
    public void EachAgeAndGenderCellShowsItsRowsSpendAndAMissingPairShowsADash()
    {
        var heatmap = Render<AgeGenderHeatmap>(parameters => parameters
            .Add(p => p.Rows, [Row("25-34|female", 100.25), Row("35-44|male", 23.2), Row("18-24|female", 7)])
            .Add(p => p.Currency, "EUR"));

        Assert.Equal("100.25", heatmap.Find("[data-testid='cell-25-34|female']").TextContent);
        Assert.Equal("23.20", heatmap.Find("[data-testid='cell-35-44|male']").TextContent);
        Assert.Equal("—", heatmap.Find("[data-testid='cell-35-44|female']").TextContent);
        Assert.Equal(["18-24", "25-34", "35-44"], heatmap.FindAll("thead th[scope=col]").Skip(1).Select(th => th.TextContent));
        Assert.Equal(["female", "male"], heatmap.FindAll("tbody th[scope=row]").Select(th => th.TextContent));
    }

    [Fact]
    public void SpendNoRowCouldHoldIsNamedAndNoRowsSaySo()
    {
        var withRest = Render<AgeGenderHeatmap>(parameters => parameters
            .Add(p => p.Rows, [Row("25-34|female", 10)]).Add(p => p.Unattributed, 5.5).Add(p => p.Currency, "EUR"));
        Assert.Contains("Plus 5.50 EUR whose source did not report age and gender", withRest.Markup, StringComparison.Ordinal);

        var empty = Render<AgeGenderHeatmap>(parameters => parameters.Add(p => p.Rows, []));
        Assert.Contains("No age and gender breakdown", empty.Markup, StringComparison.Ordinal);
        Assert.Empty(empty.FindAll("table"));
    }

    private static BreakdownRowResponse Row(string key, double spend) => new() { Key = key, Totals = new MetricTotals { Spend = spend } };
}
