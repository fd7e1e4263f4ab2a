using GrainMarketing.Campaigns;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Profiles;
using Orleans.Core.Internal;

namespace GrainMarketing.GrainTests.Profiles;

[Collection(ClusterCollection.Name)]
public sealed class UserProfileGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task PurchasesPlaceTheCustomerInTheirPatternsAndEachEntryReachesItsSegmentShardOnce()
    {
        var user = new UserKey($"t-{Guid.NewGuid():N}", "u-42");
        var grain = fixture.Client.GetGrain<IUserProfileGrain>(user.ToString());
        var batch = Batch(user, Weekend(1, "e1"), Weekend(2, "e2"), Weekend(8, "e3"));

        await grain.ApplyAsync(batch);
        await grain.ApplyAsync(batch);

        var profile = await grain.GetProfileAsync();
        BehaviorPattern[] expected = [BehaviorPattern.Weekend, BehaviorPattern.CategoryFocused, BehaviorPattern.LocationClustered, BehaviorPattern.New];
        Assert.Equal(expected.Order(), profile.Patterns);
        Assert.Equal((3, 60m), (profile.Metrics.Transactions, profile.Metrics.Spend));
        Assert.All(profile.RecentChanges, change => Assert.True(change.Entered));
        foreach (var pattern in Enum.GetValues<BehaviorPattern>())
        {
            Assert.Equal(expected.Contains(pattern) ? 1 : 0, await CountAsync(user.Tenant, pattern));
        }
    }

    [Fact]
    public async Task WeekdayPurchasesElsewhereTakeTheCustomerOutOfTheWeekendAndLocationSegments()
    {
        var user = new UserKey($"t-{Guid.NewGuid():N}", "u-7");
        var grain = fixture.Client.GetGrain<IUserProfileGrain>(user.ToString());
        await grain.ApplyAsync(Batch(user, Weekend(1, "e1"), Weekend(2, "e2"), Weekend(8, "e3")));

        await grain.ApplyAsync(Batch(user,
            Weekday(3, "e4", "Paris"), Weekday(4, "e5", "Nice"), Weekday(5, "e6", "Lille"), Weekday(6, "e7", "Paris")));

        var profile = await grain.GetProfileAsync();
        Assert.DoesNotContain(BehaviorPattern.Weekend, profile.Patterns);
        Assert.DoesNotContain(BehaviorPattern.LocationClustered, profile.Patterns);
        Assert.Contains(profile.RecentChanges, change => change is { Pattern: BehaviorPattern.Weekend, Entered: false });
        Assert.Equal((0, 0, 1), (await CountAsync(user.Tenant, BehaviorPattern.Weekend), await CountAsync(user.Tenant, BehaviorPattern.LocationClustered), await CountAsync(user.Tenant, BehaviorPattern.New)));
    }

    [Fact]
    public async Task FiguresThatMoveNoPatternReachTheCustomerTableAtTheNextCheckpointEachTime()
    {
        var user = new UserKey($"t-{Guid.NewGuid():N}", "u-11");
        var grain = fixture.Client.GetGrain<IUserProfileGrain>(user.ToString());
        await grain.ApplyAsync(Batch(user, Weekend(1, "e1"), Weekend(2, "e2"), Weekend(8, "e3")));
        var written = fixture.Customers.Find(user.Tenant, user.UserId);

        await grain.ApplyAsync(Batch(user, Weekend(1, "e4")));
        var first = await Eventually.ReadAsync(() => Task.FromResult(fixture.Customers.Find(user.Tenant, user.UserId)), row => row?.Spend == 80m);
        // Only a checkpoint writes figures alone, and its timer does not interleave: this batch comes after it, to a profile with no checkpoint due.
        await grain.ApplyAsync(Batch(user, Weekend(2, "e5")));
        var second = await Eventually.ReadAsync(() => Task.FromResult(fixture.Customers.Find(user.Tenant, user.UserId)), row => row?.Spend == 100m);

        Assert.Equal(60m, written!.Spend);
        Assert.Equal((80m, 4), (first!.Spend, first.Transactions));
        Assert.Equal((100m, 5), (second!.Spend, second.Transactions));
        Assert.Equal(written.Patterns, second.Patterns);
    }

    [Fact]
    public async Task ACheckpointWhoseWriteFailsIsWrittenByTheNextOneSoADeactivationKeepsThePurchases()
    {
        var user = new UserKey($"t-{Guid.NewGuid():N}", "u-12");
        var grain = fixture.Client.GetGrain<IUserProfileGrain>(user.ToString());
        fixture.WriteFailures.FailNextWrite(grain.GetGrainId());

        await grain.ApplyAsync(Batch(user, Weekend(1, "e1"), Weekend(2, "e2"), Weekend(8, "e3")));
        // The first checkpoint's write fails; the profile's first write that succeeds is the next checkpoint's.
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(fixture.StorageWrites.Of(grain.GetGrainId()) > 0)), "no checkpoint wrote the profile");
        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var management = fixture.Client.GetGrain<IManagementGrain>(0);
        await Eventually.ReadAsync(() => management.GetGrainActivationCount((GrainReference)grain), count => count == 0);

        var profile = await grain.GetProfileAsync();
        Assert.False(fixture.WriteFailures.TakeFailure(grain.GetGrainId()));
        Assert.Equal((3, 60m), (profile.Metrics.Transactions, profile.Metrics.Spend));
    }

    [Fact]
    public async Task EventsOnTheCustomersStreamReachTheirProfile()
    {
        var user = new UserKey($"t-{Guid.NewGuid():N}", "u-9");
        var stream = fixture.Client.GetStreamProvider(MetricStreams.Provider).GetStream<UserEventBatch>(StreamId.Create(UserStreams.Namespace, user.ToString()));

        await stream.OnNextAsync(Batch(user, Weekend(1, "e1")));

        var profile = await Eventually.ReadAsync(() => fixture.Client.GetGrain<IUserProfileGrain>(user.ToString()).GetProfileAsync(), p => p.Metrics.Transactions == 1);
        Assert.Equal(20m, profile.Metrics.Spend);
    }

    [Fact]
    public async Task TimeAloneMovesACustomerFromNewToInactiveWhenThePatternClockDrainsTheirMinute()
    {
        var start = fixture.Clock.GetUtcNow();
        var user = new UserKey($"t-{Guid.NewGuid():N}", "u-quiet");
        var grain = fixture.Client.GetGrain<IUserProfileGrain>(user.ToString());
        await grain.ApplyAsync(Batch(user, new Transaction("e1", 12, "EUR", start.AddDays(-30).AddSeconds(90), Category: "fuel")));
        var before = await grain.GetProfileAsync();
        var driver = fixture.Client.GetGrain<IPatternClockDriverGrain>(user.Tenant);

        int asked;
        UserProfile after;
        try
        {
            fixture.SetClock(start.AddMinutes(3));
            asked = await driver.DrainAsync();
            after = await Eventually.ReadAsync(grain.GetProfileAsync, p => p.Patterns.Contains(BehaviorPattern.Inactive));
        }
        finally
        {
            fixture.SetClock(start);
        }

        Assert.Equal([BehaviorPattern.New], before.Patterns);
        Assert.Equal(1, asked);
        Assert.Equal([BehaviorPattern.Inactive], after.Patterns);
        Assert.Equal((1, 0), (await CountAsync(user.Tenant, BehaviorPattern.Inactive), await CountAsync(user.Tenant, BehaviorPattern.New)));
    }

    private async Task<int> CountAsync(string tenant, BehaviorPattern pattern) => (await fixture.SegmentAsync(tenant, pattern)).Members;

    private UserEventBatch Batch(UserKey user, params Transaction[] transactions) => TestCustomers.Batch(fixture, user, transactions);

    private Transaction Weekend(int back, string id) => TestCustomers.Weekend(fixture, back, id);

    private Transaction Weekday(int back, string id, string city) => TestCustomers.Weekday(fixture, back, id, city);
}
