using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Errors;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class CampaignListQueryTests
{
    [Fact]
    public void FiltersAreReadByNameInAnyCase()
    {
        var errors = new ValidationErrors();

        var selection = new CampaignListQuery(Platform: "TikTok", Status: "paused", Sort: "ctr", Order: "asc", Page: 2, PageSize: 20).Read(errors);

        Assert.True(errors.IsEmpty);
        Assert.Equal(new CampaignSelection(AdPlatform.TikTok, CampaignStatus.Paused, "ctr", "asc", 2, 20), selection);
    }

    [Fact]
    public void AbsentFiltersKeepEveryCampaign()
    {
        var selection = new CampaignListQuery().Read(new ValidationErrors());

        Assert.Equal(new CampaignSelection(null, null, "spend", "desc", 1, 50), selection);
    }

    [Fact]
    public void EveryBadValueIsNamedWithItsReason()
    {
        var errors = new ValidationErrors();

        new CampaignListQuery(Platform: "myspace", Status: "1", Sort: "likes", Order: "up", Page: 0, PageSize: CampaignListQuery.MaxPageSize + 1).Read(errors);

        var thrown = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny).Errors;
        Assert.Equal(["order", "page", "pageSize", "platform", "sort", "status"], thrown.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Must be meta, google, tiktok, snapchat or other."], thrown["platform"]);
        Assert.Equal(["Must be active, paused or archived."], thrown["status"]);
        Assert.Equal(["Must be 1-500."], thrown["pageSize"]);
    }

    [Fact]
    public void ANameIsTrimmedABlankOneFiltersNothingAndALongOneIsRefused()
    {
        Assert.Equal("friday", new CampaignListQuery(Name: "  friday ").Read(new ValidationErrors()).Name);
        Assert.Null(new CampaignListQuery(Name: "   ").Read(new ValidationErrors()).Name);
        var errors = new ValidationErrors();

        new CampaignListQuery(Name: new string('x', CampaignListQuery.MaxNameLength + 1)).Read(errors);

        Assert.Equal(["name"], Assert.Throws<ValidationFailedException>(errors.ThrowIfAny).Errors.Keys);
    }
}
