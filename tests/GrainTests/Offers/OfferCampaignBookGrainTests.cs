using GrainMarketing.Errors;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.GrainTests.Offers;

/// <summary>The tenant's offer campaign book on the test cluster: lifecycle, the fake clock, the expiry reminder ticked by hand, and the shared in-memory target store.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OfferCampaignBookGrainTests(ClusterFixture fixture)
{
    private const string Editor = "editor@example.com";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 30, 0, TimeSpan.Zero);

    private static readonly OfferCampaignDraft Weekend = new(
        "Weekend cashback", OfferCampaignType.WeekendCashback, new TargetCriteria([BehaviorPattern.Weekend]), new Offer(OfferKind.Cashback, 5), 30, 0);

    [Fact]
    public async Task ADraftIsActivatedWithItsTargetListPausedAndResumedWithTheActiveSetFollowing()
    {
        var now = fixture.SetClock(Monday);
        var tenant = NewTenant();
        Seed(tenant, 30, i => i < 12 ? [BehaviorPattern.Weekend] : [BehaviorPattern.Frequent]);

        var draft = await Book(tenant).CreateAsync(Weekend, Editor);
        var none = await Book(tenant).GetActiveAsync();
        var active = await Book(tenant).ActivateAsync(draft.Id, Editor);
        var running = await Book(tenant).GetActiveAsync();
        var paused = await Book(tenant).PauseAsync(draft.Id, Editor);
        var pausedSet = await Book(tenant).GetActiveAsync();
        var resumed = await Book(tenant).ActivateAsync(draft.Id, Editor);

        Assert.Equal((OfferCampaignStatus.Draft, OfferCampaignOrigin.Manual, Editor, 1, (DateTimeOffset?)null), (draft.Status, draft.Origin, draft.CreatedBy, draft.Version, draft.StartsAt));
        Assert.Equal(ActiveCampaigns.None, none);
        Assert.Equal((OfferCampaignStatus.Active, now, now.AddDays(30), 12, 0), (active.Status, active.StartsAt, active.EndsAt, active.Targets, active.HeldOut));
        Assert.Equal([draft.Id], running.Campaigns.Select(c => c.Id));
        Assert.Equal(OfferCampaignStatus.Paused, paused.Status);
        Assert.Equal(ActiveCampaigns.None, pausedSet);
        Assert.Equal((OfferCampaignStatus.Active, now, 12, 4), (resumed.Status, resumed.StartsAt, resumed.Targets, resumed.Version));
        Assert.NotEqual(running.Version, (await Book(tenant).GetActiveAsync()).Version);
        Assert.Equal(12, (await fixture.CampaignTargets.GetSumsAsync(tenant, [draft.Id], default))[draft.Id].Treated.Customers);
    }

    [Fact]
    public async Task ACampaignEndsOnTimeBeforeItsReminderAndTheReminderStoresTheExpiryOnceThenGoes()
    {
        var start = fixture.SetClock(Monday);
        var tenant = NewTenant();
        Seed(tenant, 3, _ => [BehaviorPattern.Weekend]);
        var campaign = await Book(tenant).CreateAsync(Weekend with { DurationDays = 2 }, Editor);
        await Book(tenant).ActivateAsync(campaign.Id, Editor);
        var reminder = Assert.Single((await fixture.Reminders.ReadRows(Book(tenant).GetGrainId())).Reminders);

        fixture.SetClock(start.AddDays(2));
        var ended = await Book(tenant).GetActiveAsync();
        var read = await Book(tenant).GetAsync(campaign.Id);
        await Assert.ThrowsAsync<ConflictException>(() => Book(tenant).PauseAsync(campaign.Id, Editor));
        await Tick(tenant);
        await Tick(tenant);

        Assert.Equal(OfferCampaignBookGrain.ExpiryReminder, reminder.ReminderName);
        Assert.Equal(ActiveCampaigns.None, ended);
        Assert.Equal(OfferCampaignStatus.Expired, read.Status);
        var expired = Assert.Single(await Book(tenant).ListAsync(OfferCampaignStatus.Expired, null));
        Assert.Equal((campaign.Id, 3), (expired.Id, expired.Version));
        Assert.Empty((await fixture.Reminders.ReadRows(Book(tenant).GetGrainId())).Reminders);
        await Assert.ThrowsAsync<ConflictException>(() => Book(tenant).ActivateAsync(campaign.Id, Editor));
        await Assert.ThrowsAsync<ConflictException>(() => Book(tenant).UpdateAsync(campaign.Id, Weekend, null, Editor));
    }

    [Fact]
    public async Task ASecondActiveCampaignOfTheTypeForTheSegmentIsRefusedNamingTheFirstUntilTheFirstIsPaused()
    {
        fixture.SetClock(Monday);
        var tenant = NewTenant();
        var first = await Book(tenant).CreateAsync(Weekend, Editor);
        var second = await Book(tenant).CreateAsync(Weekend with { Name = "Weekend again" }, Editor);
        await Book(tenant).ActivateAsync(first.Id, Editor);

        var refused = await Assert.ThrowsAsync<ConflictException>(() => Book(tenant).ActivateAsync(second.Id, Editor));
        await Book(tenant).PauseAsync(first.Id, Editor);
        var activated = await Book(tenant).ActivateAsync(second.Id, Editor);

        Assert.Contains($"'{first.Id}'", refused.Message, StringComparison.Ordinal);
        Assert.Equal(OfferCampaignStatus.Active, activated.Status);
        await Assert.ThrowsAsync<ConflictException>(() => Book(tenant).ActivateAsync(first.Id, Editor));
    }

    [Fact]
    public async Task TheAnalysisCreatesItsCampaignActiveOnceAndNothingWhileOneRunsForTheSegment()
    {
        var now = fixture.SetClock(Monday);
        var tenant = NewTenant();
        Seed(tenant, 5, _ => [BehaviorPattern.Weekend]);
        var run = Guid.NewGuid();

        var created = (await Book(tenant).CreateFromAnalysisAsync([Weekend with { HoldoutShare = 0.1 }], run))[0];
        var again = (await Book(tenant).CreateFromAnalysisAsync([Weekend], Guid.NewGuid()))[0];

        Assert.NotNull(created);
        Assert.Equal((OfferCampaignStatus.Active, OfferCampaignOrigin.Analysis, $"analysis:{run}", (Guid?)run, now, 5),
            (created.Status, created.Origin, created.CreatedBy, created.AnalysisRunId, created.StartsAt, created.Targets));
        Assert.Equal("no earlier weekendCashback campaign with results", created.ExpectedRoiBasis);
        Assert.Null(again);
        Assert.Single(await Book(tenant).ListAsync(null, null));
    }

    [Fact]
    public async Task HighSpendersAreTargetedByTheTenantsCurrentThreshold()
    {
        fixture.SetClock(Monday);
        var tenant = NewTenant();
        Seed(tenant, 10, _ => [], spend: i => 100m * i);
        await fixture.Client.GetGrain<IBehaviorSettingsGrain>(tenant).SetHighSpenderThresholdAsync(700m, Monday);
        var vip = new OfferCampaignDraft("VIP", OfferCampaignType.VipRewards, new TargetCriteria([BehaviorPattern.HighSpender]), new Offer(OfferKind.Cashback, 5), 30, 0);

        var created = (await Book(tenant).CreateFromAnalysisAsync([vip], Guid.NewGuid()))[0];

        Assert.Equal(3, created!.Targets);
    }

    [Fact]
    public async Task ResultsCarryTheUpliftOverTheHoldoutFromOutcomesWrittenThroughTheStore()
    {
        var now = fixture.SetClock(Monday);
        var tenant = NewTenant();
        Seed(tenant, 60, _ => [BehaviorPattern.Weekend]);
        var campaign = await Book(tenant).CreateAsync(Weekend with { HoldoutShare = 0.5 }, Editor);
        campaign = await Book(tenant).ActivateAsync(campaign.Id, Editor);
        var outcomes = new List<TargetOutcome>();
        for (var i = 0; i < 60; i++)
        {
            var user = $"u{i}";
            var heldOut = Assert.Single(await fixture.CampaignTargets.GetTargetingAsync(tenant, user, default)).HeldOut;
            var converted = !heldOut && i % 4 == 0 ? 1 : 0;
            var purchases = heldOut ? i % 5 == 0 ? 1 : 0 : i % 2 == 0 ? 1 : 0;
            outcomes.Add(new TargetOutcome(tenant, campaign.Id, user, heldOut ? 0 : 1, heldOut ? 0 : 1, converted, converted, converted * 40m, purchases, purchases * (30m + i), now));
        }

        await fixture.CampaignTargets.RecordOutcomesAsync(outcomes, default);
        var results = await Book(tenant).GetResultsAsync(campaign.Id);

        var treated = outcomes.Where(o => o.Delivered == 1).ToList();
        var held = outcomes.Where(o => o.Delivered == 0).ToList();
        var converters = treated.Count(o => o.Converted > 0);
        Assert.Equal((60, treated.Count, held.Count, campaign.HeldOut), (results.Targets, results.Treated, results.HeldOut, held.Count));
        Assert.Equal((treated.Count, converters, converters * 40m, converters * 2m), (results.Delivered, results.Converted, results.Revenue, results.OfferCost));
        Assert.Equal(19, results.Roi!.Value, 12);
        Assert.Equal(
            UpliftStatistics.Proportions(treated.Count(o => o.Purchases > 0), treated.Count, held.Count(o => o.Purchases > 0), held.Count),
            results.BuyingRateUplift);
        Assert.Equal(
            UpliftStatistics.Means(treated.Count, treated.Sum(o => o.Revenue), treated.Sum(o => o.Revenue * o.Revenue), held.Count, held.Sum(o => o.Revenue), held.Sum(o => o.Revenue * o.Revenue)),
            results.RevenuePerCustomerUplift);
        Assert.NotNull(results.RevenuePerCustomerUplift!.Low);
    }

    [Fact]
    public async Task TheExpectedRoiComesFromEarlierCampaignsOfTheSameTypeWeightedByTreatedCustomers()
    {
        var now = fixture.SetClock(Monday);
        var tenant = NewTenant();
        Seed(tenant, 10, i => i < 4 ? [BehaviorPattern.Weekend] : [BehaviorPattern.Weekend, BehaviorPattern.Frequent]);
        var all = await Book(tenant).ActivateAsync((await Book(tenant).CreateAsync(Weekend, Editor)).Id, Editor);
        var frequent = Weekend with { Criteria = new TargetCriteria([BehaviorPattern.Weekend, BehaviorPattern.Frequent]), Offer = new Offer(OfferKind.Cashback, 10) };
        var some = await Book(tenant).ActivateAsync((await Book(tenant).CreateAsync(frequent, Editor)).Id, Editor);
        await Book(tenant).CreateAsync(Weekend with { Type = OfferCampaignType.Custom }, Editor);
        // The first: 2 conversions of 100 at 5% (cost 10, ROI 19); the second: one of 50 at 10% (cost 5, ROI 9).
        await fixture.CampaignTargets.RecordOutcomesAsync(
        [
            new(tenant, all.Id, "u0", 1, 1, 1, 1, 100m, 1, 100m, now),
            new(tenant, all.Id, "u1", 1, 1, 1, 1, 100m, 1, 100m, now),
            new(tenant, some.Id, "u5", 1, 1, 1, 1, 50m, 1, 50m, now),
        ], default);

        var next = await Book(tenant).CreateAsync(Weekend with { Name = "Weekend three" }, Editor);

        Assert.Equal(((19.0 * 10) + (9.0 * 6)) / 16, next.ExpectedRoi!.Value, 12);
        Assert.Equal("mean ROI of 2 earlier weekendCashback campaigns (16 treated customers)", next.ExpectedRoiBasis);
    }

    [Fact]
    public async Task AnInvalidDraftIsRefusedNamingEveryFieldAndNothingIsStored()
    {
        var tenant = NewTenant();
        var bad = new OfferCampaignDraft("", OfferCampaignType.Custom, new TargetCriteria([]), new Offer(OfferKind.PercentOff, 120), 0, 0.9);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Book(tenant).CreateAsync(bad, Editor));

        Assert.Equal(["criteria.patterns", "durationDays", "holdoutShare", "name", "offer.value"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(await Book(tenant).ListAsync(null, null));
    }

    [Fact]
    public async Task DeletingACampaignDeletesItsTargetList()
    {
        fixture.SetClock(Monday);
        var tenant = NewTenant();
        Seed(tenant, 2, _ => [BehaviorPattern.Weekend]);
        var campaign = await Book(tenant).ActivateAsync((await Book(tenant).CreateAsync(Weekend, Editor)).Id, Editor);

        await Book(tenant).DeleteAsync(campaign.Id, Editor);

        await Assert.ThrowsAsync<NotFoundException>(() => Book(tenant).GetAsync(campaign.Id));
        Assert.Empty(await fixture.CampaignTargets.GetTargetingAsync(tenant, "u0", default));
        Assert.Empty((await fixture.Reminders.ReadRows(Book(tenant).GetGrainId())).Reminders);
    }

    [Fact]
    public async Task AFullBookRefusesANewCampaignUntilOneHasExpiredAndThenPrunesTheOldestExpired()
    {
        var start = fixture.SetClock(Monday);
        var tenant = NewTenant();
        var first = await Book(tenant).ActivateAsync((await Book(tenant).CreateAsync(Weekend with { DurationDays = 1 }, Editor)).Id, Editor);
        for (var i = 1; i < CampaignBook.MaxCampaigns; i++)
        {
            await Book(tenant).CreateAsync(Weekend with { Name = $"Draft {i}" }, Editor);
        }

        await Assert.ThrowsAsync<ConflictException>(() => Book(tenant).CreateAsync(Weekend with { Name = "One too many" }, Editor));
        fixture.SetClock(start.AddDays(1));
        var fits = await Book(tenant).CreateAsync(Weekend with { Name = "Fits now" }, Editor);

        var listed = await Book(tenant).ListAsync(null, null);
        Assert.Equal(CampaignBook.MaxCampaigns, listed.Count);
        Assert.Equal(fits.Id, listed[0].Id);
        Assert.DoesNotContain(listed, c => c.Id == first.Id);
    }

    [Fact]
    public async Task TheAnalysisCreatesItsCampaignsInOneCallAndASecondDraftForTheSameSegmentGetsNothing()
    {
        fixture.SetClock(Monday);
        var tenant = NewTenant();
        Seed(tenant, 10, i => i < 4 ? [BehaviorPattern.Weekend] : [BehaviorPattern.Frequent]);
        var loyalty = new OfferCampaignDraft("Loyalty", OfferCampaignType.LoyaltyBonus, new TargetCriteria([BehaviorPattern.Frequent]), new Offer(OfferKind.Points, 10), 60, 0);

        var created = await Book(tenant).CreateFromAnalysisAsync([Weekend, loyalty, Weekend with { Name = "Twice" }], Guid.NewGuid());

        Assert.Equal([4, 6], created.Take(2).Select(campaign => campaign!.Targets));
        Assert.Null(created[2]);
        Assert.Equal(2, (await Book(tenant).GetActiveAsync()).Campaigns.Count);
    }

    [Fact]
    public async Task ABookWithoutRoomForEveryAnalysisCampaignCreatesNoneOfThem()
    {
        fixture.SetClock(Monday);
        var tenant = NewTenant();
        Seed(tenant, 3, _ => [BehaviorPattern.Frequent]);
        for (var i = 1; i < CampaignBook.MaxCampaigns; i++)
        {
            await Book(tenant).CreateAsync(Weekend with { Name = $"Draft {i}" }, Editor);
        }

        var loyalty = new OfferCampaignDraft("Loyalty", OfferCampaignType.LoyaltyBonus, new TargetCriteria([BehaviorPattern.Frequent]), new Offer(OfferKind.Points, 10), 60, 0);

        await Assert.ThrowsAsync<ConflictException>(() => Book(tenant).CreateFromAnalysisAsync([Weekend, loyalty], Guid.NewGuid()));
        Assert.Equal(CampaignBook.MaxCampaigns - 1, (await Book(tenant).ListAsync(null, null)).Count);
        Assert.Empty((await Book(tenant).GetActiveAsync()).Campaigns);
    }

    private static string NewTenant() => $"offers-{Guid.NewGuid():N}"[..24];

    private IOfferCampaignBookGrain Book(string tenant) => fixture.Client.GetGrain<IOfferCampaignBookGrain>(tenant);

    private Task Tick(string tenant) => Book(tenant).AsReference<IRemindable>().ReceiveReminder(OfferCampaignBookGrain.ExpiryReminder, default);

    private void Seed(string tenant, int customers, Func<int, BehaviorPattern[]> patterns, Func<int, decimal>? spend = null)
    {
        for (var i = 0; i < customers; i++)
        {
            fixture.Customers.Upsert(new CustomerRow(
                tenant, $"u{i}", PatternBits.Of(patterns(i)), spend?.Invoke(i) ?? 50m, 4, 10m, 10m, Monday.AddDays(-40), Monday.AddDays(-1), "food", "Lisbon", Monday));
        }
    }
}
