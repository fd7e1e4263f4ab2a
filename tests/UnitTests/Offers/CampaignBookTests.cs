using GrainMarketing.Errors;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Offers;

public sealed class CampaignBookTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static readonly OfferCampaignDraft Vip = new(
        "VIP cashback", OfferCampaignType.VipRewards, new TargetCriteria([BehaviorPattern.HighSpender]), new Offer(OfferKind.Cashback, 5), 30, 0.1);

    [Fact]
    public void TheFirstActivationStartsNowOrAtTheDraftsLaterStartAndRunsItsDays()
    {
        var now = CampaignBook.Activated(Draft("a"), Now, new TargetList(100, 9));
        var later = CampaignBook.Activated(Draft("b", Vip with { StartsAt = Now.AddDays(2) }), Now, new TargetList(5, 0));
        var earlier = CampaignBook.Activated(Draft("c", Vip with { StartsAt = Now.AddDays(-2) }), Now, new TargetList(5, 0));

        Assert.Equal((OfferCampaignStatus.Active, Now, Now.AddDays(30), 100, 9, 2), (now.Status, now.StartsAt, now.EndsAt, now.Targets, now.HeldOut, now.Version));
        Assert.Equal((Now.AddDays(2), Now.AddDays(32)), (later.StartsAt, later.EndsAt));
        Assert.Equal(Now, earlier.StartsAt);
    }

    [Fact]
    public void ResumingKeepsTheStartTheEndAndTheTargets()
    {
        var active = CampaignBook.Activated(Draft("a"), Now, new TargetList(100, 9));
        var paused = CampaignBook.Paused(active, Now.AddDays(1));

        var resumed = CampaignBook.Activated(paused, Now.AddDays(3), built: null);

        Assert.Equal((OfferCampaignStatus.Active, Now, Now.AddDays(30), 100, 4), (resumed.Status, resumed.StartsAt, resumed.EndsAt, resumed.Targets, resumed.Version));
    }

    [Fact]
    public void OnlyAnActiveCampaignCanBePaused()
    {
        Assert.Throws<ConflictException>(() => CampaignBook.Paused(Draft("a"), Now));
    }

    [Fact]
    public void ACampaignPastItsEndReadsAsExpiredAndIsStoredSoOnce()
    {
        var campaigns = new List<OfferCampaign> { CampaignBook.Activated(Draft("a"), Now, new TargetList(1, 0)), Draft("b") };
        var end = Now.AddDays(30);

        Assert.Equal(OfferCampaignStatus.Active, CampaignBook.AsOf(campaigns[0], end.AddTicks(-1)).Status);
        Assert.Equal(OfferCampaignStatus.Expired, CampaignBook.AsOf(campaigns[0], end).Status);
        Assert.Equal(1, CampaignBook.ExpireDue(campaigns, end));
        Assert.Equal(0, CampaignBook.ExpireDue(campaigns, end.AddDays(1)));
        Assert.Equal((OfferCampaignStatus.Expired, OfferCampaignStatus.Draft), (campaigns[0].Status, campaigns[1].Status));
        Assert.Null(CampaignBook.NextEnd(campaigns));
    }

    [Fact]
    public void ASecondActiveCampaignOfTheTypeForTheSameSegmentIsRefusedNamingTheFirst()
    {
        var first = CampaignBook.Activated(Draft("first"), Now, new TargetList(1, 0));
        var other = Draft("other", Vip with { Name = "VIP again", Criteria = new TargetCriteria([BehaviorPattern.HighSpender, BehaviorPattern.HighSpender]) });
        var elsewhere = Draft("berlin", Vip with { Criteria = new TargetCriteria([BehaviorPattern.HighSpender], City: "Berlin") });
        List<OfferCampaign> campaigns = [first, other, elsewhere];

        var refused = Assert.Throws<ConflictException>(() => CampaignBook.EnsureCanActivate(campaigns, other, Now));
        CampaignBook.EnsureCanActivate(campaigns, elsewhere, Now);
        CampaignBook.EnsureCanActivate([CampaignBook.Paused(first, Now), other], other, Now);
        CampaignBook.EnsureCanActivate(campaigns, other, Now.AddDays(30));

        Assert.Contains("'first'", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnActiveCampaignMayChangeItsNameOfferAndDurationButNotWhoItTargets()
    {
        var active = CampaignBook.Activated(Draft("a"), Now, new TargetList(1, 0));

        var changed = CampaignBook.Update(active, Vip with { Name = "VIP 7%", Offer = new Offer(OfferKind.Cashback, 7), DurationDays = 10 }, 2, Now, (1.0, "ignored"));

        Assert.Equal(("VIP 7%", 7m, Now.AddDays(10), 3), (changed.Draft.Name, changed.Draft.Offer.Value, changed.EndsAt, changed.Version));
        Assert.Throws<ConflictException>(() => CampaignBook.Update(active, Vip with { Criteria = new TargetCriteria([BehaviorPattern.Frequent]) }, null, Now, (null, "")));
        Assert.Throws<ConflictException>(() => CampaignBook.Update(active, Vip with { HoldoutShare = 0.2 }, null, Now, (null, "")));
        Assert.Throws<ConflictException>(() => CampaignBook.Update(active, Vip with { Offer = Vip.Offer with { Place = OfferPlace.TheirCategory } }, null, Now, (null, "")));
    }

    [Fact]
    public void ADraftMayChangeAnythingButAStaleVersionOrAnExpiredCampaignIsRefused()
    {
        var draft = Draft("a");

        var changed = CampaignBook.Update(draft, Vip with { Type = OfferCampaignType.Custom, Criteria = new TargetCriteria([BehaviorPattern.Weekend]) }, 1, Now, (0.5, "basis"));

        Assert.Equal((OfferCampaignType.Custom, "weekend", 0.5, 2), (changed.Draft.Type, changed.Draft.Criteria.Key, changed.ExpectedRoi, changed.Version));
        Assert.Throws<ConflictException>(() => CampaignBook.Update(draft, Vip, 7, Now, (null, "")));
        var expired = CampaignBook.AsOf(CampaignBook.Activated(draft, Now, new TargetList(1, 0)), Now.AddDays(31));
        Assert.Throws<ConflictException>(() => CampaignBook.Update(expired, Vip, null, Now.AddDays(31), (null, "")));
    }

    [Fact]
    public void TheActiveSetHoldsOnlyStartedUnendedCampaignsAndItsVersionMovesWithEveryChange()
    {
        var running = CampaignBook.Activated(Draft("a"), Now, new TargetList(1, 0));
        var scheduled = CampaignBook.Activated(Draft("b", Vip with { Type = OfferCampaignType.Custom, StartsAt = Now.AddDays(1) }), Now, new TargetList(1, 0));
        List<OfferCampaign> campaigns = [running, scheduled, Draft("c")];

        var today = CampaignBook.Active(campaigns, Now);
        var tomorrow = CampaignBook.Active(campaigns, Now.AddDays(1));
        var renamed = CampaignBook.Active([running with { Version = running.Version + 1 }, scheduled], Now);

        Assert.Equal(["a"], today.Campaigns.Select(c => c.Id));
        Assert.Equal(["a", "b"], tomorrow.Campaigns.Select(c => c.Id));
        Assert.Equal(today.Version, CampaignBook.Active(campaigns, Now.AddHours(1)).Version);
        Assert.Equal(3, new[] { today.Version, tomorrow.Version, renamed.Version }.Distinct().Count());
        Assert.Equal(ActiveCampaigns.None, CampaignBook.Active(campaigns, Now.AddDays(40)));
    }

    [Fact]
    public void PruningRemovesTheOldestExpiredCampaignsOnly()
    {
        var campaigns = Enumerable.Range(0, 5)
            .Select(i => CampaignBook.Activated(Draft($"e{i}", Vip with { DurationDays = 10 - i }), Now, new TargetList(1, 0)))
            .ToList();
        CampaignBook.ExpireDue(campaigns, Now.AddDays(20));
        campaigns.Add(Draft("d"));

        var removed = CampaignBook.Prune(campaigns, 3);

        Assert.Equal(["e4", "e3", "e2"], removed);
        Assert.Equal(["e0", "e1", "d"], campaigns.Select(c => c.Id));
        Assert.Empty(CampaignBook.Prune([Draft("x"), Draft("y")], 1));
    }

    private static OfferCampaign Draft(string id, OfferCampaignDraft? draft = null) =>
        CampaignBook.New(id, draft ?? Vip, OfferCampaignOrigin.Manual, "a@example.com", Now, (null, "no earlier vipRewards campaign with results"), null);
}
