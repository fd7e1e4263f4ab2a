using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Budget;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;

namespace GrainMarketing.GrainTests.Insights.Budget;

/// <summary>A new tenant with two campaigns whose sixty closed days follow known response curves, for the budget tests.</summary>
public sealed class BudgetCampaigns(ClusterFixture fixture)
{
    private static readonly HillParameters Strong = new(60, 150, 1.0, 0);
    private static readonly HillParameters Weak = new(12, 60, 1.0, 0);

    public async Task<(string Tenant, CampaignKey Strong, CampaignKey Weak)> TwoAsync()
    {
        var tenant = $"t-{Guid.NewGuid():N}";
        await fixture.Client.GetGrain<ITenantGrain>(tenant).CreateAsync(new TenantSettings("Budget", "UTC", "EUR", 6), "ana@example.com");
        var strong = new CampaignKey(tenant, AdPlatform.Meta, "strong");
        var weak = new CampaignKey(tenant, AdPlatform.Google, "weak");
        await HistoryAsync(strong, Strong, 0);
        await HistoryAsync(weak, Weak, 3);
        return (tenant, strong, weak);
    }

    /// <summary>Sixty closed days around a budget of 100 that steps every week; outcome on the true curve with a weekly season, no noise.</summary>
    private async Task HistoryAsync(CampaignKey campaign, HillParameters truth, int phase)
    {
        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        double[] steps = [0.6, 1.3, 0.9, 1.5, 0.7, 1.1, 1.4, 0.8, 1.2];
        var items = Enumerable.Range(1, 60).Select(back =>
        {
            var date = today.AddDays(-back);
            var spend = 100 * steps[((back / 7) + phase) % steps.Length] * (1 + (0.05 * (back % 3)));
            var season = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.85 : 1.05;
            var conversions = truth.Value(spend) * season;
            return new MetricItem(new MetricCell(date, new Breakdown()), new MetricTotals(1000, 0, 50, (decimal)spend, (decimal)conversions, (decimal)(conversions * 40)), MetricKind.Snapshot);
        }).ToList();
        var grain = fixture.Client.GetGrain<ICampaignGrain>(campaign.ToString());
        await grain.ApplyAsync(new MetricBatch(campaign, fixture.Clock.GetUtcNow(), items));
        await grain.UpdateMetadataAsync(new CampaignMetadata(DailyBudget: 100));
    }

    public static BudgetRequest Request(CampaignKey strong, CampaignKey weak, decimal total) =>
        new(total, BudgetObjective.Conversions, [strong, weak], new Dictionary<string, BudgetBounds>(), null);
}
