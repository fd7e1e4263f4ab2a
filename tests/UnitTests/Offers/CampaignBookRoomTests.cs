using GrainMarketing.Errors;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Offers;

public sealed class CampaignBookRoomTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static readonly OfferCampaignDraft Vip = new(
        "VIP cashback", OfferCampaignType.VipRewards, new TargetCriteria([BehaviorPattern.HighSpender]), new Offer(OfferKind.Cashback, 5), 30, 0.1);

    [Fact]
    public void AFullBookRefusesACampaignUnlessEnoughHaveExpiredToPrune()
    {
        var campaigns = Full(expired: 1);

        CampaignBook.EnsureRoom(campaigns, Now.AddDays(40), 1);
        var refused = Assert.Throws<ConflictException>(() => CampaignBook.EnsureRoom(campaigns, Now.AddDays(40), 2));
        Assert.Contains("too few have expired to add 2", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ACampaignPastItsEndCountsAsExpiredForRoomBeforeItsExpiryIsStored()
    {
        var campaigns = Full(expired: 1);

        Assert.Throws<ConflictException>(() => CampaignBook.EnsureRoom(campaigns, Now, 1));
        CampaignBook.EnsureRoom(campaigns, Now.AddDays(40), 1);
    }

    [Fact]
    public void MakingRoomStoresExpiriesAndPrunesOnlyWhatTheNewCampaignsNeed()
    {
        var campaigns = Full(expired: 3);

        var pruned = CampaignBook.MakeRoom(campaigns, Now.AddDays(40), 2);

        Assert.Equal(2, pruned.Count);
        Assert.Equal(CampaignBook.MaxCampaigns - 2, campaigns.Count);
        Assert.Single(campaigns, c => c.Status == OfferCampaignStatus.Expired);
    }

    [Fact]
    public void ANewIdIsOcAndTwelveHexDigitsThatNoCampaignHas()
    {
        var campaigns = new List<OfferCampaign> { Draft("oc-000000000001") };

        var id = CampaignBook.NewId(campaigns);

        Assert.Matches("^oc-[0-9a-f]{12}$", id);
        Assert.DoesNotContain(campaigns, c => c.Id == id);
    }

    [Fact]
    public void TheAnalysisCreatesOnlyTheFirstDraftOfEachTypeAndSegmentThatHasNoActiveCampaign()
    {
        var city = Vip with { Criteria = new TargetCriteria([BehaviorPattern.HighSpender], City: "Lyon") };
        var winBack = Vip with { Type = OfferCampaignType.ReEngagement };
        var campaigns = new List<OfferCampaign> { CampaignBook.Activated(Draft("active", city), Now, new TargetList(1, 0)) };

        var creating = CampaignBook.DraftsToCreate(campaigns, [Vip, city, Vip with { Name = "again" }, winBack], Now);

        Assert.Equal([0, 3], creating);
    }

    [Fact]
    public void AnExpiredCampaignLeavesItsSegmentFreeForTheAnalysis()
    {
        var campaigns = new List<OfferCampaign> { CampaignBook.Activated(Draft("old"), Now, new TargetList(1, 0)) };

        Assert.Empty(CampaignBook.DraftsToCreate(campaigns, [Vip], Now));
        Assert.Equal([0], CampaignBook.DraftsToCreate(campaigns, [Vip], Now.AddDays(31)));
    }

    [Fact]
    public void TheListFiltersByStatusAndTypeAsTheyStandNowNewestFirst()
    {
        var winBack = Vip with { Type = OfferCampaignType.ReEngagement };
        var campaigns = new List<OfferCampaign>
        {
            CampaignBook.Activated(Draft("a"), Now, new TargetList(1, 0)),
            Draft("b", at: Now.AddMinutes(1)),
            Draft("c", winBack, at: Now.AddMinutes(1)),
        };

        Assert.Equal(["c", "b", "a"], CampaignBook.List(campaigns, null, null, Now).Select(c => c.Id));
        Assert.Equal(["b"], CampaignBook.List(campaigns, OfferCampaignStatus.Draft, OfferCampaignType.VipRewards, Now).Select(c => c.Id));
        Assert.Equal(["a"], CampaignBook.List(campaigns, OfferCampaignStatus.Expired, null, Now.AddDays(31)).Select(c => c.Id));
        Assert.Empty(CampaignBook.List(campaigns, OfferCampaignStatus.Active, null, Now.AddDays(31)));
    }

    /// <summary>A book at <see cref="CampaignBook.MaxCampaigns"/>: drafts, and <paramref name="expired"/> campaigns that end after 30 days.</summary>
    private static List<OfferCampaign> Full(int expired) =>
    [
        .. Enumerable.Range(0, expired).Select(i => CampaignBook.Activated(Draft($"e{i}"), Now, new TargetList(1, 0))),
        .. Enumerable.Range(0, CampaignBook.MaxCampaigns - expired).Select(i => Draft($"d{i}")),
    ];

    private static OfferCampaign Draft(string id, OfferCampaignDraft? draft = null, DateTimeOffset? at = null) =>
        CampaignBook.New(id, draft ?? Vip, OfferCampaignOrigin.Manual, "a@example.com", at ?? Now, (null, "no earlier campaign"), null);
}
