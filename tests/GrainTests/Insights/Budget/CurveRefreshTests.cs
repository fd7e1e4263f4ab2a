using GrainMarketing.Insights.Budget;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.GrainTests.Insights.Budget;

/// <summary>The day-close refresh of a tenant's response curves, on the fake clock: the refits come before the first optimisation of the new day.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CurveRefreshTests(ClusterFixture fixture)
{
    private readonly BudgetCampaigns _campaigns = new(fixture);

    [Fact]
    public async Task WhenTheTenantsDayClosesEveryCampaignIsRefitAndTheNextOptimisationAnswersFromThoseFits()
    {
        fixture.SetClock(new DateTimeOffset(2026, 12, 3, 15, 0, 0, TimeSpan.Zero));
        var (tenant, strong, weak) = await _campaigns.TwoAsync();
        var planner = fixture.Client.GetGrain<IBudgetPlannerGrain>(tenant);
        await planner.OptimizeAsync(BudgetCampaigns.Request(strong, weak, 200));
        var before = Kept(strong, weak);

        var afterMidnight = await TickAsync(planner, new DateTimeOffset(2026, 12, 4, 0, 10, 0, TimeSpan.Zero));
        var refreshed = await Eventually.ReadAsync(
            () => Task.FromResult(Kept(strong, weak)), kept => kept.All(fit => fit?.ClosedDay == new DateOnly(2026, 12, 3)));
        fixture.SetClock(afterMidnight.AddMinutes(30));
        await planner.OptimizeAsync(BudgetCampaigns.Request(strong, weak, 220));

        Assert.All(before, fit => Assert.Equal((new DateOnly(2026, 12, 2), new DateTimeOffset(2026, 12, 3, 15, 0, 0, TimeSpan.Zero)), (fit!.Value.ClosedDay, fit.Value.At)));
        Assert.All(refreshed, fit => Assert.Equal((new DateOnly(2026, 12, 3), afterMidnight), (fit!.Value.ClosedDay, fit.Value.At)));
        Assert.Equal(refreshed, Kept(strong, weak));
    }

    private async Task<DateTimeOffset> TickAsync(IBudgetPlannerGrain planner, DateTimeOffset at)
    {
        fixture.SetClock(at);
        await planner.AsReference<IRemindable>().ReceiveReminder(BudgetPlannerGrain.CurveRefreshReminder, default);
        return at;
    }

    /// <summary>What the silos' curve caches hold for each campaign (the silo of the tenant's planner holds its fits).</summary>
    private List<(DateOnly ClosedDay, DateTimeOffset At)?> Kept(params CampaignKey[] campaigns) =>
        [.. campaigns.Select(campaign => fixture.AllSiloServices
            .Select(services => services.GetRequiredService<ResponseCurveCache>().Kept(campaign.ToString()))
            .FirstOrDefault(kept => kept is not null))];
}
