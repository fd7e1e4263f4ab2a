using GrainMarketing.Profiles;

namespace GrainMarketing.ApiHost.Profiles;

/// <summary>Reads every behaviour segment's size, average spend and trend, each the sum of its shards'.</summary>
public static class BehaviorSegmentSizes
{
    public static Task<SegmentSizeResponse[]> AllAsync(IGrainFactory grains, string tenant) =>
        Task.WhenAll(Enum.GetValues<BehaviorPattern>().Select(async pattern =>
            SegmentSizeResponse.From(pattern, (await Task.WhenAll(Shards(grains, tenant, pattern).Select(shard => shard.GetTotalsAsync())))
                .Aggregate(SegmentTotals.Empty, (sum, shard) => sum.Plus(shard)))));

    private static IEnumerable<IBehaviorSegmentGrain> Shards(IGrainFactory grains, string tenant, BehaviorPattern pattern) =>
        Enumerable.Range(0, BehaviorSegments.Shards).Select(shard => grains.GetGrain<IBehaviorSegmentGrain>(BehaviorSegments.Key(tenant, pattern, shard)));
}
