using GrainMarketing.Profiles;

namespace GrainMarketing.GrainTests.Profiles;

/// <summary>Segment shards' counts and sums from profiles and from the customer table, and the entries and exits the table records.</summary>
[Collection(ClusterCollection.Name)]
public sealed class BehaviorSegmentTests(ClusterFixture fixture)
{
    [Fact]
    public async Task SegmentCountsAndAverageSpendStayExactAfterRepeatedAndDuplicateBatches()
    {
        var tenant = await SeedWeekendShoppersAsync();
        var ana = new UserKey(tenant, "ana");

        var before = await fixture.SegmentAsync(tenant, BehaviorPattern.Weekend);
        // A fourth purchase changes ana's figures, not her patterns: the shard hears of it at her checkpoint.
        var more = TestCustomers.Batch(fixture, ana, TestCustomers.Weekend(fixture, 15, "ana-4", 30));
        await Profile(ana).ApplyAsync(more);
        await Profile(ana).ApplyAsync(more);
        await fixture.DeactivateAsync(Profile(ana));
        var after = await fixture.SegmentAsync(tenant, BehaviorPattern.Weekend);

        Assert.Equal(new SegmentTotals(3, 270, 270, 0), before);
        Assert.Equal(90m, before.AverageSpend);
        Assert.Equal(new SegmentTotals(3, 300, 300, 0), after);
        Assert.Equal(100m, after.AverageSpend);
        Assert.Equal((90m, 4), (fixture.Customers.Find(tenant, "ana")!.Spend, fixture.Customers.Find(tenant, "ana")!.Transactions));
        Assert.Equal(new SegmentTotals(3, 300, 300, 0), await fixture.SegmentAsync(tenant, BehaviorPattern.New));
        Assert.Equal(SegmentTotals.Empty, await fixture.SegmentAsync(tenant, BehaviorPattern.Frequent));
    }

    [Fact]
    public async Task ADeactivatedShardReloadsTheSameCountAndSumsFromTheCustomerTable()
    {
        var tenant = await SeedWeekendShoppersAsync();
        var shards = TestCustomers.Shards(fixture, tenant, BehaviorPattern.Weekend).ToList();
        var before = await Task.WhenAll(shards.Select(shard => shard.GetTotalsAsync()));

        foreach (var shard in shards)
        {
            await fixture.DeactivateAsync(shard);
        }

        var after = await Task.WhenAll(shards.Select(shard => shard.GetTotalsAsync()));

        Assert.Equal(before, after);
        Assert.Equal(3, after.Sum(totals => totals.Members));
        Assert.True(after.Count(totals => totals.Members > 0) > 1, "the customers must span shards for the reload to be shown per shard");
        Assert.Equal(new SegmentTotals(3, 270, 270, 0), await fixture.SegmentAsync(tenant, BehaviorPattern.Weekend));
    }

    [Fact]
    public async Task EachEntryAndExitIsRecordedInTheCustomerTableOnce()
    {
        var user = new UserKey($"t-{Guid.NewGuid():N}", "u-7");
        var weekends = TestCustomers.Batch(fixture, user,
            TestCustomers.Weekend(fixture, 1, "e1"), TestCustomers.Weekend(fixture, 2, "e2"), TestCustomers.Weekend(fixture, 8, "e3"));
        await Profile(user).ApplyAsync(weekends);
        await Profile(user).ApplyAsync(weekends);
        await Profile(user).ApplyAsync(TestCustomers.Batch(fixture, user,
            TestCustomers.Weekday(fixture, 3, "e4", "Paris"), TestCustomers.Weekday(fixture, 4, "e5", "Nice"), TestCustomers.Weekday(fixture, 5, "e6", "Lille")));
        await fixture.DeactivateAsync(Profile(user));
        await Profile(user).ApplyAsync(weekends);
        await Profile(user).RefreshAsync(null);

        var profile = await Profile(user).GetProfileAsync();
        var recorded = (await fixture.CustomerStore.ChangesAsync(user.Tenant, new PatternChangeQuery(100), CancellationToken.None)).Items;

        Assert.Equal(
            ["+categoryFocused", "+locationClustered", "+new", "+weekend", "-locationClustered", "-weekend"],
            recorded.Select(change => (change.Entered ? "+" : "-") + EnumNames.Camel(change.Pattern)).Order(StringComparer.Ordinal));
        Assert.All(recorded, change => Assert.Equal("u-7", change.UserId));
        Assert.Equal(profile.RecentChanges.Count, recorded.Count);
        Assert.Equal(PatternBits.Of([BehaviorPattern.CategoryFocused, BehaviorPattern.New]), fixture.Customers.Find(user.Tenant, "u-7")!.Patterns);
    }

    /// <summary>Three weekend shoppers (60, 90 and 120 in the last 30 days), every batch sent twice.</summary>
    private async Task<string> SeedWeekendShoppersAsync()
    {
        var tenant = $"t-{Guid.NewGuid():N}";
        foreach (var (name, amount) in new[] { ("ana", 20m), ("bo", 30m), ("cy", 40m) })
        {
            var user = new UserKey(tenant, name);
            var batch = TestCustomers.Batch(fixture, user,
                TestCustomers.Weekend(fixture, 1, $"{name}-1", amount), TestCustomers.Weekend(fixture, 2, $"{name}-2", amount), TestCustomers.Weekend(fixture, 8, $"{name}-3", amount));
            await Profile(user).ApplyAsync(batch);
            await Profile(user).ApplyAsync(batch);
        }

        return tenant;
    }

    private IUserProfileGrain Profile(UserKey user) => fixture.Client.GetGrain<IUserProfileGrain>(user.ToString());
}
