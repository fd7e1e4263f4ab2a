using GrainMarketing.Audit;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Insights.Recommendations;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;

namespace GrainMarketing.GrainTests.Insights.Recommendations;

/// <summary>A planted tenant's cells applied to its campaign grains, its recommendations generated, dismissed and applied through the rules' path.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RecommendationsGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task EveryPlantedTruthIsRaisedOnceAndADismissalHoldsOnTheSameEvidence()
    {
        var (tenant, planted) = await PlantedAsync();
        var recommendations = fixture.Client.GetGrain<IRecommendationsGrain>(tenant);

        await recommendations.GenerateAsync();
        var first = await OpenAsync(recommendations);
        await recommendations.GenerateAsync();
        var second = await OpenAsync(recommendations);

        // The hours come from the campaigns' arrival ring, and this test delivers all history in one go: no daypart to find.
        var truths = planted.Truths.Where(t => !t.StartsWith($"{RecommendationKind.Daypart}|", StringComparison.Ordinal));
        Assert.Equal(truths.Order(StringComparer.Ordinal), first.Select(r => r.Fingerprint).Order(StringComparer.Ordinal));
        Assert.Equal(first.Select(r => r.Id).Order(), second.Select(r => r.Id).Order());
        var segment = first.Single(r => r.Kind == RecommendationKind.TargetSegment);
        var dismissed = await recommendations.DismissAsync(segment.Id, "brand-safety review first", "ana@example.com");
        Assert.Equal((RecommendationStatus.Open, RecommendationStatus.Dismissed), (dismissed.Before.Status, dismissed.After.Status));
        await recommendations.GenerateAsync();
        Assert.DoesNotContain(await OpenAsync(recommendations), r => r.Kind == RecommendationKind.TargetSegment);
        await Assert.ThrowsAsync<ConflictException>(() => recommendations.AcceptAsync(segment.Id, "ana@example.com"));
        var small = await recommendations.QueryAsync(new RecommendationQuery { Target = PlantedTenant.SmallCampaign });
        Assert.StartsWith("Insufficient data", small.InsufficientData);
    }

    [Fact]
    public async Task ApplyingThePausePausesTheCampaignThroughTheRulesPathAndCannotApplyTwice()
    {
        var (tenant, _) = await PlantedAsync();
        var recommendations = fixture.Client.GetGrain<IRecommendationsGrain>(tenant);
        await recommendations.GenerateAsync();
        var pause = (await OpenAsync(recommendations)).Single(r => r.Kind == RecommendationKind.PauseCampaign && r.Target == PlantedTenant.BadCampaign);

        var applied = await recommendations.ApplyAsync(pause.Id, "ana@example.com");

        Assert.Equal(RecommendationStatus.Applied, applied.After.Status);
        var campaign = fixture.Client.GetGrain<ICampaignGrain>(new CampaignKey(tenant, AdPlatform.Meta, "c03").ToString());
        Assert.Equal(CampaignStatus.Paused, (await campaign.GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromHours(1)))).Metadata.Status);
        var pending = Assert.Single((await campaign.GetAutomationAsync()).PendingChanges);
        Assert.Equal(("status", "paused", pause.Id), (pending.Field, pending.To, pending.RuleId));
        var audit = await fixture.SiloAuditLog.QueryAsync(new AuditQuery(tenant) { Action = "automation.status.changed" }, CancellationToken.None);
        Assert.Equal($"rule:{pause.Id}", Assert.Single(audit.Items).Entry.Actor);
        await Assert.ThrowsAsync<ConflictException>(() => recommendations.ApplyAsync(pause.Id, "ana@example.com"));
    }

    [Fact]
    public async Task ApplyingTheAdSetPausePausesThatAdSetAloneThroughTheRulesPath()
    {
        var (tenant, _) = await PlantedAsync();
        var recommendations = fixture.Client.GetGrain<IRecommendationsGrain>(tenant);
        await recommendations.GenerateAsync();
        var pause = (await OpenAsync(recommendations)).Single(r => r.Kind == RecommendationKind.PauseAdSet);
        var target = $"{PlantedTenant.AdSetCampaign}/adset/{PlantedTenant.BadAdSet}";

        await recommendations.ApplyAsync(pause.Id, "ana@example.com");

        var campaign = fixture.Client.GetGrain<ICampaignGrain>(new CampaignKey(tenant, AdPlatform.Meta, PlantedTenant.AdSetCampaign.Split(':')[1]).ToString());
        var automation = await campaign.GetAutomationAsync();
        Assert.Equal(CampaignStatus.Paused, automation.Targets[target].Status);
        var pending = Assert.Single(automation.PendingChanges);
        Assert.Equal((target, "status", "paused", pause.Id), (pending.Target, pending.Field, pending.To, pending.RuleId));
        Assert.Equal(CampaignStatus.Active, (await campaign.GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromHours(1)))).Metadata.Status);
    }

    [Fact]
    public async Task ApplyingTheBudgetShiftSetsEachMovedCampaignsOwnBudget()
    {
        var (tenant, _) = await PlantedAsync();
        var recommendations = fixture.Client.GetGrain<IRecommendationsGrain>(tenant);
        await recommendations.GenerateAsync();
        var shift = (await OpenAsync(recommendations)).Single(r => r.Kind == RecommendationKind.ShiftBudget);

        await recommendations.ApplyAsync(shift.Id, "ana@example.com");

        foreach (var moved in shift.PerCampaign!)
        {
            var key = new CampaignKey(tenant, AdPlatform.Meta, moved.Campaign.Split(':')[1]);
            var summary = await fixture.Client.GetGrain<ICampaignGrain>(key.ToString()).GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromHours(1)));
            Assert.Equal(moved.Actions.Single().Amount, summary.Metadata.DailyBudget);
        }
    }

    /// <summary>
    /// The pause applied today; the next eight days bring every other campaign's days as before (each a copy of the day
    /// nine days earlier) and nothing from the paused one. The measured change is the tenant's conversions per unit of
    /// spend after against the fortnight before, at the week's spend after, worked out here from the cells fed.
    /// </summary>
    [Fact]
    public async Task AnAppliedPauseIsMeasuredOverTheFollowingDaysAgainstItsExpectation()
    {
        var (tenant, planted) = await PlantedAsync();
        var recommendations = fixture.Client.GetGrain<IRecommendationsGrain>(tenant);
        await recommendations.GenerateAsync();
        var pause = (await OpenAsync(recommendations)).Single(r => r.Kind == RecommendationKind.PauseCampaign && r.Target == PlantedTenant.BadCampaign);
        var appliedDay = planted.To.AddDays(1);
        await recommendations.ApplyAsync(pause.Id, "ana@example.com");

        var following = planted.Cells.Where(c => c.Campaign != PlantedTenant.BadCampaign && c.Date > planted.To.AddDays(-8)).Select(c => c with { Date = c.Date.AddDays(9) }).ToList();
        await FeedAsync(tenant, following);
        var rollup = fixture.Client.GetGrain<ITenantRollupGrain>(tenant);
        var fed = following.Sum(c => c.Totals.Spend);
        var before = planted.Cells.Where(c => c.Date >= appliedDay.AddDays(-14)).ToList();
        var measured = new DateRange(appliedDay.AddDays(-14), appliedDay.AddDays(8));
        await Eventually.ReadAsync(() => rollup.GetDailySeriesAsync(measured, null), series => series.Days.Sum(d => d.Totals.Spend) == fed + before.Sum(c => c.Totals.Spend));
        fixture.SetClock(new DateTimeOffset(appliedDay.AddDays(9).ToDateTime(new TimeOnly(10, 30)), TimeSpan.Zero));
        await recommendations.GenerateAsync();

        var outcome = (await recommendations.GetAsync(pause.Id)).Outcome!;
        var rateBefore = (double)(before.Sum(c => c.Totals.Conversions) / before.Sum(c => c.Totals.Spend));
        var rateAfter = (double)(following.Sum(c => c.Totals.Conversions) / fed);
        Assert.Equal((appliedDay, 14, 8), (outcome.AppliedDay, outcome.DaysBefore, outcome.DaysAfter));
        Assert.Equal(rateBefore, outcome.RateBefore, 9);
        Assert.Equal(rateAfter, outcome.RateAfter, 9);
        Assert.Equal((rateAfter - rateBefore) * (double)fed / 8 * 7, outcome.MeasuredWeeklyChange, 6);
        Assert.Equal(pause.Impact, outcome.Expected);
        Assert.True(outcome.MeasuredWeeklyChange > 0);
        Assert.Equal(outcome.MeasuredWeeklyChange < pause.Impact.Lower80 ? "belowExpected" : outcome.MeasuredWeeklyChange > pause.Impact.Upper80 ? "aboveExpected" : "asExpected", outcome.Verdict);
    }

    private static async Task<IReadOnlyList<Recommendation>> OpenAsync(IRecommendationsGrain recommendations) =>
        (await recommendations.QueryAsync(new RecommendationQuery { Status = RecommendationStatus.Open })).Items;

    /// <summary>A new tenant whose campaigns hold a planted tenant's 28 closed days, cell by cell.</summary>
    private async Task<(string Tenant, PlantedTenant Planted)> PlantedAsync()
    {
        var tenant = $"t-{Guid.NewGuid():N}";
        await fixture.Client.GetGrain<ITenantGrain>(tenant).CreateAsync(new TenantSettings("Recommendations", "UTC", "EUR", 6), "ana@example.com");
        var planted = PlantedTenant.Generate(11, planted: true, DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(-1));
        await FeedAsync(tenant, planted.Cells);
        return (tenant, planted);
    }

    private async Task FeedAsync(string tenant, IEnumerable<PlantedCell> cells)
    {
        foreach (var campaign in cells.GroupBy(c => c.Campaign))
        {
            var key = new CampaignKey(tenant, AdPlatform.Meta, campaign.Key.Split(':')[1]);
            var items = campaign.Select(c => new MetricItem(new MetricCell(c.Date, new Breakdown(c.Age, c.Gender), AdSetId: c.AdSet, AdId: c.Creative), c.Totals, MetricKind.Snapshot)).ToList();
            await fixture.Client.GetGrain<ICampaignGrain>(key.ToString()).ApplyAsync(new MetricBatch(key, fixture.Clock.GetUtcNow(), items, new CampaignMetadata(Status: CampaignStatus.Active)));
        }
    }
}
