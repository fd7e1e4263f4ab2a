using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Offers;

/// <summary>
/// What every <see cref="ICampaignTargetStore"/> promises, run once per implementation by a derived class:
/// <c>InMemoryCampaignTargetStoreTests</c> here, and the PostgreSQL store's tests in the integration tests,
/// which compile this file too. Each test gets empty stores of its own and seeds the customer rows it needs.
/// </summary>
public abstract class CampaignTargetStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private ICampaignTargetStore? _store;

    protected ICampaignTargetStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync() => _store = await CreateEmptyAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ABuildTakesExactlyTheCustomersTheCriteriaSelectWithTheOfferPlacedInTheirOwnCity()
    {
        await SeedAsync(
            Row("acme", "u1", [BehaviorPattern.Frequent], city: "Berlin"),
            Row("acme", "u2", [BehaviorPattern.Frequent, BehaviorPattern.Weekend], city: "Porto"),
            Row("acme", "u3", [BehaviorPattern.Weekend], city: "Berlin"),
            Row("acme", "u4", [BehaviorPattern.Frequent], city: null),
            Row("other", "u1", [BehaviorPattern.Frequent], city: "Oslo"));

        var list = await Store.BuildAsync("acme", "c1", Selection([BehaviorPattern.Frequent], place: OfferPlace.TheirLocations), default);

        Assert.Equal(new TargetList(3, 0), list);
        Assert.Equal(new CampaignTargeting("c1", false, "Berlin"), Assert.Single(await Store.GetTargetingAsync("acme", "u1", default)));
        Assert.Equal(new CampaignTargeting("c1", false, "Porto"), Assert.Single(await Store.GetTargetingAsync("acme", "u2", default)));
        Assert.Equal(new CampaignTargeting("c1", false, null), Assert.Single(await Store.GetTargetingAsync("acme", "u4", default)));
        Assert.Empty(await Store.GetTargetingAsync("acme", "u3", default));
        Assert.Empty(await Store.GetTargetingAsync("other", "u1", default));
    }

    [Fact]
    public async Task HighSpendersAreJudgedByTheThresholdAndRisingSpendByTheRatio()
    {
        await SeedAsync(
            Row("acme", "low", [], spend: 99.99m, category: "food"),
            Row("acme", "at", [], spend: 100m, category: "toys"),
            Row("acme", "high", [], spend: 250m, recent: 29m, prior: 20m, category: "food"),
            Row("acme", "rising", [], spend: 10m, recent: 31m, prior: 20m));

        var high = await Store.BuildAsync("acme", "vip", Selection([BehaviorPattern.HighSpender], threshold: 100m, place: OfferPlace.TheirCategory), default);
        var none = await Store.BuildAsync("acme", "vip-none", Selection([BehaviorPattern.HighSpender], threshold: null), default);
        var rising = await Store.BuildAsync("acme", "rising", Selection([], rising: true), default);

        Assert.Equal((new TargetList(2, 0), new TargetList(0, 0), new TargetList(1, 0)), (high, none, rising));
        Assert.Equal([new CampaignTargeting("vip", false, "toys")], await Store.GetTargetingAsync("acme", "at", default));
        Assert.Equal([new CampaignTargeting("rising", false, null)], await Store.GetTargetingAsync("acme", "rising", default));
    }

    [Fact]
    public async Task TheHoldoutIsNearItsShareAndTheSameCustomersWhenTheListIsBuiltAgain()
    {
        const int customers = 20_000;
        await SeedAsync([.. Enumerable.Range(0, customers).Select(i => Row("acme", $"user-{i}", [BehaviorPattern.New]))]);

        var first = await Store.BuildAsync("acme", "welcome", Selection([BehaviorPattern.New], share: 0.2), default);
        var sample = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Store.GetTargetingAsync("acme", $"user-{i * 333}", default)));
        var again = await Store.BuildAsync("acme", "welcome", Selection([BehaviorPattern.New], share: 0.2), default);
        var resampled = await Task.WhenAll(Enumerable.Range(0, 60).Select(i => Store.GetTargetingAsync("acme", $"user-{i * 333}", default)));

        Assert.Equal(customers, first.Targets);
        Assert.InRange(first.HeldOut, 0.2 * customers * 0.93, 0.2 * customers * 1.07);
        Assert.Equal(first, again);
        Assert.Equal(sample.Select(t => Assert.Single(t).HeldOut), resampled.Select(t => Assert.Single(t).HeldOut));
        var sums = (await Store.GetSumsAsync("acme", ["welcome"], default))["welcome"];
        Assert.Equal((customers - first.HeldOut, first.HeldOut), (sums.Treated.Customers, sums.HeldOut.Customers));
    }

    [Fact]
    public async Task OutcomesAreAbsoluteSoARepeatChangesNothingAndCustomersNotTargetedAreIgnored()
    {
        await SeedAsync(Row("acme", "u1", [BehaviorPattern.Frequent]), Row("acme", "u2", [BehaviorPattern.Frequent]), Row("acme", "u3", []));
        await Store.BuildAsync("acme", "c1", Selection([BehaviorPattern.Frequent]), default);
        var u1 = Outcome("c1", "u1", converted: 1, offerRevenue: 40m, purchases: 2, revenue: 55.5m, at: Now);
        var outsider = Outcome("c1", "u3", converted: 5, offerRevenue: 900m, purchases: 9, revenue: 900m, at: Now);

        await Store.RecordOutcomesAsync([u1, outsider, Outcome("c1", "u2", 0, 0m, 1, 10m, Now)], default);
        await Store.RecordOutcomesAsync([u1, u1], default);
        await Store.RecordOutcomesAsync([Outcome("c1", "u2", 0, 0m, 0, 0m, Now.AddMinutes(-5))], default);

        var treated = (await Store.GetSumsAsync("acme", ["c1"], default))["c1"].Treated;
        Assert.Equal(new GroupSums(2, 2, 2, 1, 1, 1, 40m, 2, 65.5m, (55.5m * 55.5m) + 100m), treated);
        Assert.Empty(await Store.GetTargetingAsync("acme", "u3", default));
    }

    [Fact]
    public async Task SumsAreKeptApartForTheTreatedAndTheHeldOut()
    {
        var users = Enumerable.Range(0, 40).Select(i => $"u{i}").ToList();
        await SeedAsync([.. users.Select(u => Row("acme", u, [BehaviorPattern.Inactive]))]);
        await Store.BuildAsync("acme", "back", Selection([BehaviorPattern.Inactive], share: 0.5), default);
        var heldOut = new HashSet<string>();
        foreach (var user in users)
        {
            if (Assert.Single(await Store.GetTargetingAsync("acme", user, default)).HeldOut)
            {
                heldOut.Add(user);
            }
        }

        var outcomes = users.Select((u, i) => heldOut.Contains(u)
            ? Outcome("back", u, 0, 0m, i % 2, i % 2 * 10m, Now)
            : Outcome("back", u, i % 3 == 0 ? 1 : 0, i % 3 == 0 ? 20m : 0m, i % 3 == 0 ? 1 : 0, i % 3 == 0 ? 25m : 0m, Now)).ToList();
        await Store.RecordOutcomesAsync(outcomes, default);

        var sums = await Store.GetSumsAsync("acme", ["back", "never-built"], default);
        var held = outcomes.Where(o => heldOut.Contains(o.UserId)).ToList();
        var treated = outcomes.Where(o => !heldOut.Contains(o.UserId)).ToList();
        Assert.InRange(held.Count, 1, 39);
        Assert.Equal(Expected(treated), sums["back"].Treated);
        Assert.Equal(Expected(held), sums["back"].HeldOut);
        Assert.Equal(TargetSums.Empty, sums["never-built"]);
    }

    [Fact]
    public async Task DeletingACampaignRemovesItsTargetsOnly()
    {
        await SeedAsync(Row("acme", "u1", [BehaviorPattern.Frequent, BehaviorPattern.Weekend]));
        await Store.BuildAsync("acme", "a", Selection([BehaviorPattern.Frequent]), default);
        await Store.BuildAsync("acme", "b", Selection([BehaviorPattern.Weekend]), default);

        await Store.DeleteAsync("acme", ["a"], default);

        Assert.Equal(["b"], (await Store.GetTargetingAsync("acme", "u1", default)).Select(t => t.Campaign));
        Assert.Equal(0, (await Store.GetSumsAsync("acme", ["a"], default))["a"].Treated.Customers);
    }

    protected abstract Task<ICampaignTargetStore> CreateEmptyAsync();

    /// <summary>Writes the rows into the customer table the store builds from.</summary>
    protected abstract Task SeedAsync(params CustomerRow[] rows);

    protected static CustomerRow Row(
        string tenant, string user, BehaviorPattern[] patterns, decimal spend = 50m, decimal recent = 10m, decimal prior = 10m,
        string? category = null, string? city = null) =>
        new(tenant, user, PatternBits.Of(patterns), spend, 5, recent, prior, Now.AddDays(-60), Now.AddDays(-1), category, city, Now);

    private static TargetSelection Selection(
        BehaviorPattern[] patterns, double share = 0, OfferPlace place = OfferPlace.Anywhere, decimal? threshold = null, bool rising = false) =>
        new(new TargetCriteria(patterns, RisingSpend: rising), share, place, 1.5, threshold);

    /// <summary>A customer who was delivered and viewed the offer, clicked and converted it <paramref name="converted"/> times, and bought <paramref name="purchases"/> times in all.</summary>
    private static TargetOutcome Outcome(string campaign, string user, int converted, decimal offerRevenue, int purchases, decimal revenue, DateTimeOffset at) =>
        new("acme", campaign, user, 1, 1, converted, converted, offerRevenue, purchases, revenue, at);

    private static GroupSums Expected(IReadOnlyCollection<TargetOutcome> outcomes) => new(
        outcomes.Count,
        outcomes.Sum(o => o.Delivered),
        outcomes.Sum(o => o.Viewed),
        outcomes.Sum(o => o.Clicked),
        outcomes.Sum(o => o.Converted),
        outcomes.Count(o => o.Converted > 0),
        outcomes.Sum(o => o.OfferRevenue),
        outcomes.Count(o => o.Purchases > 0),
        outcomes.Sum(o => o.Revenue),
        outcomes.Sum(o => o.Revenue * o.Revenue));
}
