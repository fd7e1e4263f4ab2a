using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class CampaignListingTests
{
    private static readonly QueryWindow Today = QueryWindow.For(new DateRange(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20)));

    private static readonly CampaignSummary[] Campaigns =
    [
        Campaign(AdPlatform.Meta, "1", 10m, CampaignStatus.Active),
        Campaign(AdPlatform.Google, "2", 30m, CampaignStatus.Paused),
        Campaign(AdPlatform.Meta, "3", 20m, null),
        Campaign(AdPlatform.Meta, "4", 40m, CampaignStatus.Paused),
    ];

    [Fact]
    public void FiltersByPlatformAndStatusAndCountsWhatPassed()
    {
        var page = CampaignListing.Page(Campaigns, Query(AdPlatform.Meta, CampaignStatus.Paused));

        Assert.Equal(1, page.Total);
        Assert.Equal(["4"], page.Items.Select(c => c.Key.CampaignId));
    }

    [Fact]
    public void ACampaignWithoutAStatusPassesOnlyWhenStatusIsNotFiltered()
    {
        Assert.Equal(3, CampaignListing.Page(Campaigns, Query(AdPlatform.Meta, null)).Total);
        Assert.Equal(0, CampaignListing.Page(Campaigns, Query(AdPlatform.Meta, CampaignStatus.Archived)).Total);
    }

    [Fact]
    public void PagesCutTheSortedListAndTheTotalCountsEveryPage()
    {
        var second = CampaignListing.Page(Campaigns, Query(null, null) with { Page = 2, PageSize = 3 });

        Assert.Equal(4, second.Total);
        Assert.Equal(["1"], second.Items.Select(c => c.Key.CampaignId));
    }

    [Fact]
    public void APageBeyondTheLastIsEmptyWithTheTotal()
    {
        var beyond = CampaignListing.Page(Campaigns, Query(null, null) with { Page = 3, PageSize = 2 });

        Assert.Empty(beyond.Items);
        Assert.Equal(4, beyond.Total);
    }

    [Fact]
    public void TheFirstPageHoldsTheTopCampaignsByTheMetric()
    {
        var first = CampaignListing.Page(Campaigns, Query(null, null) with { PageSize = 2 });

        Assert.Equal(["4", "2"], first.Items.Select(c => c.Key.CampaignId));
    }

    [Fact]
    public void ANameFilterKeepsCampaignsWhoseNameOrIdContainsItIgnoringCase()
    {
        CampaignSummary[] named =
        [
            Campaign(AdPlatform.Meta, "1", 10m, null) with { Metadata = new CampaignMetadata(Name: "Black Friday - Prospecting") },
            Campaign(AdPlatform.Google, "friday-42", 30m, null),
            Campaign(AdPlatform.Meta, "3", 20m, null) with { Metadata = new CampaignMetadata(Name: "Search - Brand") },
        ];

        var page = CampaignListing.Page(named, Query(null, null) with { Name = "FRIDAY" });

        Assert.Equal(2, page.Total);
        Assert.Equal(["friday-42", "1"], page.Items.Select(c => c.Key.CampaignId));
    }

    private static CampaignListRequest Query(AdPlatform? platform, CampaignStatus? status) => new(Today, platform, status, "spend", "desc", 1, 50);

    private static CampaignSummary Campaign(AdPlatform platform, string id, decimal spend, CampaignStatus? status) =>
        new(new CampaignKey("acme", platform, id), new CampaignMetadata(Status: status), new MetricTotals(1, 0, 0, spend, 0, 0), Freshness.Empty);
}
