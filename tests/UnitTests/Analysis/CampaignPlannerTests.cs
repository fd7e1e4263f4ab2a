using GrainMarketing.Analysis;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Analysis;

public sealed class CampaignPlannerTests
{
    private static readonly DateOnly Day = new(2026, 12, 3);
    private static readonly DateTimeOffset At = new(2026, 12, 3, 5, 0, 0, TimeSpan.Zero);

    private static readonly BehaviorSettings Settings = BehaviorSettings.Default with
    {
        HoldoutShare = 0.15,
        Campaigns = [.. CampaignDefaults.All.Select(campaign => campaign.Type == OfferCampaignType.Welcome ? campaign with { Enabled = false } : campaign)],
    };

    [Fact]
    public void EveryEnabledTypeWithCustomersAndNoActiveCampaignGetsADraftNamedForItsDay()
    {
        var plans = CampaignPlanner.Plan(Settings, Sizes(12), [], Day);

        Assert.Equal(CampaignDefaults.All.Select(campaign => campaign.Type), plans.Select(plan => plan.Type));
        var vip = plans[0];
        Assert.Equal(("highSpender", 12, null), (vip.Segment, vip.Size, vip.SkipReason));
        Assert.Equal(
            new OfferCampaignDraft("VIP rewards 2026-12-03", OfferCampaignType.VipRewards, CampaignDefaults.All[0].Criteria, new Offer(OfferKind.Cashback, 5), 30, 0.15),
            vip.Draft);
        Assert.Equal("Milestone reward 2026-12-03", plans.Single(plan => plan.Type == OfferCampaignType.MilestoneReward).Draft!.Name);
        Assert.Equal("|rising", plans.Single(plan => plan.Type == OfferCampaignType.MilestoneReward).Segment);
        Assert.Equal(7, plans.Count(plan => plan.Draft is not null));
    }

    [Fact]
    public void ADisabledTypeIsSkippedWithoutLookingAtItsSegment()
    {
        var welcome = CampaignPlanner.Plan(Settings, Sizes(12), [], Day).Single(plan => plan.Type == OfferCampaignType.Welcome);

        Assert.Equal(new CampaignPlan(OfferCampaignType.Welcome, "new", 0, null, CampaignPlanner.Disabled), welcome);
    }

    [Fact]
    public void AnEmptySegmentIsSkipped()
    {
        var sizes = Sizes(12);
        sizes[OfferCampaignType.ReEngagement] = 0;

        var plan = CampaignPlanner.Plan(Settings, sizes, [], Day).Single(plan => plan.Type == OfferCampaignType.ReEngagement);

        Assert.Equal(new CampaignPlan(OfferCampaignType.ReEngagement, "inactive", 0, null, CampaignPlanner.EmptySegment), plan);
        Assert.Equal(new CampaignDecision(OfferCampaignType.ReEngagement, "inactive", null, 0, CampaignPlanner.EmptySegment), CampaignPlanner.Decide(plan, null));
    }

    [Fact]
    public void AnActiveCampaignOfTheSameTypeForTheSameSegmentIsNamedAsTheReasonToSkip()
    {
        var active = Active("c-vip", OfferCampaignType.VipRewards, new TargetCriteria([BehaviorPattern.HighSpender]));

        var vip = CampaignPlanner.Plan(Settings, Sizes(12), [active], Day)[0];

        Assert.Null(vip.Draft);
        Assert.Equal("Active campaign c-vip of this type targets the segment already.", vip.SkipReason);
        Assert.Equal(new CampaignDecision(OfferCampaignType.VipRewards, "highSpender", null, 0, vip.SkipReason!), CampaignPlanner.Decide(vip, null));
    }

    [Fact]
    public void AnActiveCampaignOfAnotherTypeOrForAnotherSegmentDoesNotStopOne()
    {
        var otherType = Active("c-custom", OfferCampaignType.Custom, new TargetCriteria([BehaviorPattern.HighSpender]));
        var otherSegment = Active("c-vip-lyon", OfferCampaignType.VipRewards, new TargetCriteria([BehaviorPattern.HighSpender], City: "Lyon"));

        var vip = CampaignPlanner.Plan(Settings, Sizes(12), [otherType, otherSegment], Day)[0];

        Assert.NotNull(vip.Draft);
    }

    [Fact]
    public void ACreatedCampaignIsRecordedWithItsTargetsAndARefusalByTheBookWithWhy()
    {
        var vip = CampaignPlanner.Plan(Settings, Sizes(12), [], Day)[0];
        var created = Active("c-new", OfferCampaignType.VipRewards, vip.Draft!.Criteria) with { Targets = 12, HeldOut = 2 };

        Assert.Equal(
            new CampaignDecision(OfferCampaignType.VipRewards, "highSpender", "c-new", 12, "Created for 12 customers in the segment, 2 of them held out."),
            CampaignPlanner.Decide(vip, created));
        Assert.Equal(
            new CampaignDecision(OfferCampaignType.VipRewards, "highSpender", null, 0, CampaignPlanner.RefusedByBook),
            CampaignPlanner.Decide(vip, null));
    }

    private static Dictionary<OfferCampaignType, int> Sizes(int size) =>
        Settings.Campaigns.Where(campaign => campaign.Enabled).ToDictionary(campaign => campaign.Type, _ => size);

    private static OfferCampaign Active(string id, OfferCampaignType type, TargetCriteria criteria) =>
        new(id, new OfferCampaignDraft(id, type, criteria, new Offer(OfferKind.Cashback, 5), 30, 0.1), OfferCampaignStatus.Active,
            OfferCampaignOrigin.Analysis, "analysis", At, At, At, At.AddDays(30), 10, 1, null, "no history yet", null, 1);
}
