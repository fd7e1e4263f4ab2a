using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Profiles;
using Orleans.Core.Internal;

namespace GrainMarketing.GrainTests.Profiles;

/// <summary>Purchases, segment totals and deactivation shared by the profile and segment grain tests.</summary>
internal static class TestCustomers
{
    public static UserEventBatch Batch(ClusterFixture fixture, UserKey user, params Transaction[] transactions) =>
        new(user, fixture.Clock.GetUtcNow(), transactions, []);

    /// <summary>A grocery purchase of <paramref name="amount"/> in Lyon on the Saturday or Sunday of the week <paramref name="back"/> days before now.</summary>
    public static Transaction Weekend(ClusterFixture fixture, int back, string id, decimal amount = 20)
    {
        var day = fixture.Clock.GetUtcNow().AddDays(-back);
        while (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            day = day.AddDays(-1);
        }

        return new Transaction(id, amount, "EUR", day, Category: "grocery", City: "Lyon");
    }

    public static Transaction Weekday(ClusterFixture fixture, int back, string id, string city)
    {
        var day = fixture.Clock.GetUtcNow().AddDays(-back);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(-1);
        }

        return new Transaction(id, 5, "EUR", day, Category: "fuel", City: city);
    }

    /// <summary>The segment's totals: the sum of its shards'.</summary>
    public static async Task<SegmentTotals> SegmentAsync(this ClusterFixture fixture, string tenant, BehaviorPattern pattern) =>
        (await Task.WhenAll(Shards(fixture, tenant, pattern).Select(shard => shard.GetTotalsAsync())))
            .Aggregate(SegmentTotals.Empty, (sum, shard) => sum.Plus(shard));

    public static IEnumerable<IBehaviorSegmentGrain> Shards(ClusterFixture fixture, string tenant, BehaviorPattern pattern) =>
        Enumerable.Range(0, BehaviorSegments.Shards).Select(shard => fixture.Client.GetGrain<IBehaviorSegmentGrain>(BehaviorSegments.Key(tenant, pattern, shard)));

    /// <summary>Deactivates the grain and waits until it is gone, so its deactivation (a profile's checkpoint) has run.</summary>
    public static async Task DeactivateAsync(this ClusterFixture fixture, IAddressable grain)
    {
        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var management = fixture.Client.GetGrain<IManagementGrain>(0);
        await Eventually.ReadAsync(() => management.GetGrainActivationCount((GrainReference)grain), count => count == 0);
    }
}
