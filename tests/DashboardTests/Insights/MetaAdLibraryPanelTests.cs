using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;
using Microsoft.Kiota.Abstractions;

namespace GrainMarketing.DashboardTests.Insights;

public sealed class MetaAdLibraryPanelTests : DashboardContext, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's tooltips hold services that only dispose asynchronously.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    [Fact]
    public void RangesReadAsMetaGivesThemAndTheTrendInWords()
    {
        var panel = Render<MetaAdLibraryPanel>(parameters => parameters
            .Add(p => p.Title, "Meta Ad Library API")
            .Add(p => p.Trends, new MetaAdTrends
            {
                Source = "api",
                Periods = [new MetaImportedPeriod { Period = Week(), Currency = "EUR", Rows = 1 }],
                Advertisers =
                [
                    new MetaAdvertiserTrend
                    {
                        Key = "111", PageName = "Rival Shoes", Direction = "rampingUp", AdsSlope = 4.6, SlopeStandardError = 0.65,
                        Periods =
                        [
                            new MetaAdvertiserPeriod
                            {
                                Period = Week(), Ads = 12, NewAds = 3, Platforms = ["facebook", "instagram"],
                                Spend = new MetaRange { Low = 1200, High = 1599 }, Impressions = new MetaRange { Low = 1_000_000, High = null },
                            },
                        ],
                    },
                ],
                Jumps = [],
            }));

        Assert.Equal("1,200–1,599", panel.Find("[data-testid='meta-spend-111']").TextContent);
        Assert.Equal("1,000,000+", panel.Find("[data-testid='meta-impressions-111']").TextContent);
        Assert.Equal("ramping up", panel.Find("[data-testid='meta-trend-111']").TextContent.Trim());
        Assert.Contains("Spend (EUR)", panel.Markup, StringComparison.Ordinal);
        Assert.Contains("lifetime ranges", panel.Markup, StringComparison.Ordinal);
    }

    private static DateRange Week() => new() { From = new Date(2026, 11, 30), To = new Date(2026, 12, 6) };
}
