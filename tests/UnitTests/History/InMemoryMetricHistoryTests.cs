using GrainMarketing.History;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.History;

public sealed class InMemoryMetricHistoryTests : MetricHistoryContract
{
    [Fact]
    public async Task ConcurrentSavesOfDifferentCampaignsAreAllKept()
    {
        var campaigns = Enumerable.Range(0, 16).Select(i => Shoes with { CampaignId = $"c{i}" }).ToList();
        var saving = campaigns.Select(campaign => Task.Run(async () =>
        {
            for (var day = 0; day < 50; day++)
            {
                await History.SaveAsync(campaign, [Cell(Day.AddDays(day), Breakdown.None, 1)], CancellationToken.None);
            }
        }));

        await Task.WhenAll(saving);

        var days = await History.LoadTenantDaysAsync(Shoes.Tenant, Day, Day.AddDays(49), CancellationToken.None);
        Assert.Equal(50, days.Count);
        Assert.All(days, day => Assert.Equal(16, day.Totals.Impressions));
    }

    protected override Task<IMetricHistory> CreateEmptyAsync() => Task.FromResult<IMetricHistory>(new InMemoryMetricHistory());
}
