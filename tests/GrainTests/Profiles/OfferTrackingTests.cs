using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.GrainTests.Profiles;

/// <summary>Offer campaigns seen from the customers' side: who sees an offer, and what their purchases and steps do to the campaign's results and uplift.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OfferTrackingTests(ClusterFixture fixture)
{
    private const int Customers = 40;

    [Fact]
    public async Task TreatedCustomersSeeTheOfferAndHeldOutOnesDoNot()
    {
        var (users, heldOut, seen, _, campaign, _) = await RunWelcomeCampaignAsync();

        Assert.Equal((Customers, Customers - heldOut.Count, heldOut.Count), (campaign.Targets, campaign.Targets - campaign.HeldOut, campaign.HeldOut));
        Assert.InRange(heldOut.Count, 5, 35);
        Assert.All(users, user => Assert.Equal(heldOut.Contains(user.UserId) ? [] : [campaign.Id], seen[user.UserId].Select(offer => offer.Campaign)));
    }

    [Fact]
    public async Task TheCustomersPurchasesAndConversionsMakeTheResults()
    {
        var (_, _, _, treated, _, results) = await RunWelcomeCampaignAsync();

        Assert.Equal((treated.Count, treated.Count, 5, 5, 150m), (results.Treated, results.Delivered, results.Viewed, results.Converted, results.Revenue));
        Assert.Equal(5 * 3m, results.OfferCost);
        Assert.Equal((1.0, 1.0, 0.0), (results.BuyingRateUplift!.Treated, results.BuyingRateUplift.HeldOut, results.BuyingRateUplift.Difference));
        Assert.Equal((30.0, 10.0, 20.0), (results.RevenuePerCustomerUplift!.Treated, results.RevenuePerCustomerUplift.HeldOut, results.RevenuePerCustomerUplift.Difference));
    }

    [Fact]
    public async Task PurchasesBeforeACampaignStartsDoNotCountForIt()
    {
        var now = fixture.SetClock(ClusterFixture.Start);
        var tenant = $"offers-{Guid.NewGuid():N}"[..24];
        var user = new UserKey(tenant, "ana");
        await Profile(user).ApplyAsync(Batch(user, new Transaction("first", 20, "EUR", now.AddDays(-2))));
        var book = fixture.Client.GetGrain<IOfferCampaignBookGrain>(tenant);
        var draft = await book.CreateAsync(new OfferCampaignDraft("Welcome", OfferCampaignType.Welcome, new TargetCriteria([BehaviorPattern.New]),
            new Offer(OfferKind.PercentOff, 10), 21, 0), "editor@example.com");
        var campaign = await book.ActivateAsync(draft.Id, "editor@example.com");

        await Profile(user).ApplyAsync(Batch(user, new Transaction("late-report", 50, "EUR", now.AddHours(-1)), new Transaction("inside", 15, "EUR", now.AddMinutes(5))));

        var sums = (await fixture.CampaignTargets.GetSumsAsync(tenant, [campaign.Id], default))[campaign.Id];
        Assert.Equal((1, 1, 15m), (sums.Treated.Customers, sums.Treated.Buyers, sums.Treated.Revenue));
    }

    /// <summary>
    /// A welcome offer to 40 new customers, half held out at random: every customer asks for their offers
    /// (twice) and the app reports the offers it showed as delivered, buys once more (30 if treated, 10 if held out), and five treated ones view and convert.
    /// </summary>
    private async Task<WelcomeRun> RunWelcomeCampaignAsync()
    {
        var now = fixture.SetClock(ClusterFixture.Start);
        var tenant = $"offers-{Guid.NewGuid():N}"[..24];
        var users = Enumerable.Range(0, Customers).Select(i => new UserKey(tenant, $"u{i:D2}")).ToList();
        foreach (var user in users)
        {
            await Profile(user).ApplyAsync(Batch(user, new Transaction($"{user.UserId}-first", 20, "EUR", now.AddDays(-2))));
        }

        var book = fixture.Client.GetGrain<IOfferCampaignBookGrain>(tenant);
        var draft = await book.CreateAsync(new OfferCampaignDraft("Welcome", OfferCampaignType.Welcome, new TargetCriteria([BehaviorPattern.New]),
            new Offer(OfferKind.PercentOff, 10), 21, 0.5), "editor@example.com");
        var campaign = await book.ActivateAsync(draft.Id, "editor@example.com");
        var heldOut = new HashSet<string>(StringComparer.Ordinal);
        foreach (var user in users)
        {
            if ((await fixture.CampaignTargets.GetTargetingAsync(tenant, user.UserId, default)).Single().HeldOut)
            {
                heldOut.Add(user.UserId);
            }
        }

        var seen = new Dictionary<string, IReadOnlyList<UserOffer>>(StringComparer.Ordinal);
        foreach (var user in users)
        {
            seen[user.UserId] = await Profile(user).GetOffersAsync();
            await Profile(user).GetOffersAsync();
            if (seen[user.UserId].Count > 0)
            {
                await Profile(user).ApplyAsync(new UserEventBatch(user, now, [], [new Engagement("delivered", EngagementKind.Delivered, campaign.Id, now)]));
            }
        }

        var treated = users.Where(user => !heldOut.Contains(user.UserId)).ToList();
        foreach (var user in users)
        {
            var spend = heldOut.Contains(user.UserId) ? 10m : 30m;
            await Profile(user).ApplyAsync(Batch(user, new Transaction($"{user.UserId}-after", spend, "EUR", now.AddHours(1))));
        }

        foreach (var user in treated.Take(5))
        {
            await Profile(user).ApplyAsync(new UserEventBatch(user, now, [],
                [new Engagement($"{user.UserId}-view", EngagementKind.Viewed, campaign.Id, now.AddHours(2)),
                 new Engagement($"{user.UserId}-buy", EngagementKind.Converted, campaign.Id, now.AddHours(2), 30)]));
        }

        var results = await book.GetResultsAsync(campaign.Id);

        return new WelcomeRun(users, heldOut, seen, treated, campaign, results);
    }

    private IUserProfileGrain Profile(UserKey user) => fixture.Client.GetGrain<IUserProfileGrain>(user.ToString());

    private UserEventBatch Batch(UserKey user, params Transaction[] purchases) => new(user, fixture.Clock.GetUtcNow(), purchases, []);

    private sealed record WelcomeRun(
        List<UserKey> Users, HashSet<string> HeldOut, Dictionary<string, IReadOnlyList<UserOffer>> Seen, List<UserKey> Treated, OfferCampaign Campaign, CampaignResults Results);
}
