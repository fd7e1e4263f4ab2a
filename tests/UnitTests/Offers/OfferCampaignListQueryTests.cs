using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Offers;
using GrainMarketing.Errors;
using GrainMarketing.Offers;

namespace GrainMarketing.UnitTests.Offers;

public sealed class OfferCampaignListQueryTests
{
    [Fact]
    public void FiltersAreReadByNameAndAbsentOnesKeepAll()
    {
        var errors = new ValidationErrors();

        var both = new OfferCampaignListQuery("DRAFT", "vipRewards").Read(errors);
        var none = new OfferCampaignListQuery(Status: "", Type: null).Read(errors);

        Assert.Equal((OfferCampaignStatus.Draft, OfferCampaignType.VipRewards), (both.Status!.Value, both.Type!.Value));
        Assert.Null(none.Status);
        Assert.Null(none.Type);
        Assert.True(errors.IsEmpty);
    }

    [Fact]
    public void BothBadFiltersAreNamed()
    {
        var errors = new ValidationErrors();

        new OfferCampaignListQuery("running", "vip").Read(errors);

        var thrown = Assert.Throws<ValidationFailedException>(errors.ThrowIfAny).Errors;
        Assert.Equal(["status", "type"], thrown.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Must be one of draft, active, paused or expired."], thrown["status"]);
    }
}
