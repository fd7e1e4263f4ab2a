using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Profiles;

public sealed class ProfileOffersTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly UserKey Ana = new("acme", "ana");

    [Fact]
    public void APurchaseCountsForEveryActiveTargetingCampaignWhoseWindowHoldsItHeldOutOrNot()
    {
        var targets = Targets(("vip", false, null), ("welcome", true, null), ("weekend", false, null));
        var active = Active(Campaign("vip", Start, Start.AddDays(30)), Campaign("welcome", Start.AddDays(2), Start.AddDays(23)), Campaign("other", Start, Start.AddDays(30)));
        var changed = new HashSet<string>(StringComparer.Ordinal);

        ProfileOffers.Attribute(targets, active, Purchase(40, Start.AddHours(1)), changed);
        ProfileOffers.Attribute(targets, active, Purchase(10, Start.AddDays(3)), changed);
        ProfileOffers.Attribute(targets, active, Purchase(99, Start.AddDays(30)), changed);

        Assert.Equal((2, 50m), (targets["vip"].Purchases, targets["vip"].Revenue));
        Assert.Equal((1, 10m), (targets["welcome"].Purchases, targets["welcome"].Revenue));
        Assert.Equal((0, 0m), (targets["weekend"].Purchases, targets["weekend"].Revenue));
        Assert.Equal(["vip", "welcome"], changed.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RetargetingKeepsTheCountsOfCampaignsThatStillTargetAndForgetsTheRest()
    {
        var targets = Targets(("vip", false, null), ("gone", false, null));
        targets["vip"].Purchases = 3;

        ProfileOffers.Retarget(targets, [new CampaignTargeting("vip", true, "lyon"), new CampaignTargeting("new", false, null)]);

        Assert.Equal(["new", "vip"], targets.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((3, true, "lyon"), (targets["vip"].Purchases, targets["vip"].HeldOut, targets["vip"].Place));
    }

    [Fact]
    public void OutcomesAreTheAbsoluteCountsOfEachChangedTargetingCampaign()
    {
        var targets = Targets(("vip", false, null));
        targets["vip"].Purchases = 2;
        targets["vip"].Revenue = 70;
        var offers = new Dictionary<string, OfferEngagement> { ["vip"] = new("vip", 1, 2, 1, 1, 30, Start) };

        var outcomes = ProfileOffers.Outcomes(Ana, targets, offers, ["vip", "not-targeting"], Start);

        Assert.Equal([new TargetOutcome("acme", "vip", "ana", 1, 2, 1, 1, 30, 2, 70, Start)], outcomes);
    }

    [Fact]
    public void OffersLeaveOutHoldoutsAndCampaignsOutsideTheirWindow()
    {
        var seen = RankFourCampaigns();

        Assert.Equal(["cashback", "fixed"], seen.Select(offer => offer.Campaign));
    }

    [Fact]
    public void OffersRankByExpectedValue()
    {
        var seen = RankFourCampaigns();

        var p = 2m / 18m;
        Assert.Equal(Math.Round(p * (50m - 2.5m), 4), seen[0].ExpectedValue);
        Assert.Equal(Math.Round(p * (50m - 30m), 4), seen[1].ExpectedValue);
    }

    /// <summary>A cashback and a fixed bonus offer the customer may see, one they are held out of, one not started.</summary>
    private static IReadOnlyList<UserOffer> RankFourCampaigns()
    {
        var targets = Targets(("cashback", false, null), ("fixed", false, null), ("held", true, null), ("later", false, null));
        var active = Active(
            Campaign("cashback", Start, Start.AddDays(30), new Offer(OfferKind.Cashback, 5)),
            Campaign("fixed", Start, Start.AddDays(30), new Offer(OfferKind.FixedBonus, 30)),
            Campaign("held", Start, Start.AddDays(30)),
            Campaign("later", Start.AddDays(5), Start.AddDays(30)));
        var metrics = Metrics(spend: 200, transactions: 4);
        var offers = new Dictionary<string, OfferEngagement> { ["old"] = new("old", 3, 8, 2, 1, 20, Start) };

        return ProfileOffers.Rank(targets, offers, active, metrics, Start.AddDays(1));
    }

    private static Dictionary<string, CampaignTarget> Targets(params (string Campaign, bool HeldOut, string? Place)[] targets) =>
        targets.ToDictionary(t => t.Campaign, t => new CampaignTarget { HeldOut = t.HeldOut, Place = t.Place }, StringComparer.Ordinal);

    private static ActiveCampaigns Active(params OfferCampaign[] campaigns) => new(1, campaigns);

    private static OfferCampaign Campaign(string id, DateTimeOffset starts, DateTimeOffset ends, Offer? offer = null) => new(
        id, new OfferCampaignDraft(id, OfferCampaignType.Custom, new TargetCriteria([BehaviorPattern.Frequent]), offer ?? new Offer(OfferKind.PercentOff, 10), 30, 0.1),
        OfferCampaignStatus.Active, OfferCampaignOrigin.Manual, "ana@example.com", starts, starts, starts, ends, 10, 1, null, "none", null, 1);

    private static Transaction Purchase(decimal amount, DateTimeOffset at) => new(Guid.NewGuid().ToString(), amount, "EUR", at);

    private static ProfileMetrics Metrics(decimal spend, int transactions) =>
        new(DateOnly.FromDateTime(Start.UtcDateTime), spend, transactions, 1, 0, null, 0, 1, "lyon", 1, Start, Start, spend, 0, [0m, 0m, spend]);
}
