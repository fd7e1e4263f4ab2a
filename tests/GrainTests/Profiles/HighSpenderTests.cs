using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Profiles;

namespace GrainMarketing.GrainTests.Profiles;

/// <summary>High spender follows the tenant's threshold: the daily analysis sets it, then refreshes the customers it moves.</summary>
[Collection(ClusterCollection.Name)]
public sealed class HighSpenderTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AHighSpenderAppearsOnceTheThresholdIsSetAndTheCustomerRefreshedAndLeavesWhenItRises()
    {
        var tenant = $"t-{Guid.NewGuid():N}";
        var (big, small) = (new UserKey(tenant, "big"), new UserKey(tenant, "small"));
        await Profile(big).ApplyAsync(TestCustomers.Batch(fixture, big, TestCustomers.Weekend(fixture, 1, "b1", 100), TestCustomers.Weekend(fixture, 8, "b2", 50)));
        await Profile(small).ApplyAsync(TestCustomers.Batch(fixture, small, TestCustomers.Weekend(fixture, 1, "s1", 10)));
        var unjudged = await Profile(big).GetProfileAsync();
        var settings = fixture.Client.GetGrain<IBehaviorSettingsGrain>(tenant);
        var now = fixture.Clock.GetUtcNow();

        await settings.SetHighSpenderThresholdAsync(120, now);
        var thresholds = await settings.GetThresholdsAsync();
        await Profile(big).RefreshAsync(thresholds);
        await Profile(small).RefreshAsync(thresholds);
        var entered = await Eventually.ReadAsync(Profile(big).GetProfileAsync, p => p.Patterns.Contains(BehaviorPattern.HighSpender));
        var segment = await fixture.SegmentAsync(tenant, BehaviorPattern.HighSpender);

        await settings.SetHighSpenderThresholdAsync(200, now.AddMinutes(1));
        await Profile(big).RefreshAsync(await settings.GetThresholdsAsync());
        var left = await Eventually.ReadAsync(Profile(big).GetProfileAsync, p => !p.Patterns.Contains(BehaviorPattern.HighSpender));

        Assert.DoesNotContain(BehaviorPattern.HighSpender, unjudged.Patterns);
        Assert.Contains(BehaviorPattern.HighSpender, entered.Patterns);
        Assert.DoesNotContain(BehaviorPattern.HighSpender, (await Profile(small).GetProfileAsync()).Patterns);
        Assert.Equal(new SegmentTotals(1, 150, 150, 0), segment);
        Assert.DoesNotContain(BehaviorPattern.HighSpender, left.Patterns);
        Assert.Equal(SegmentTotals.Empty, await fixture.SegmentAsync(tenant, BehaviorPattern.HighSpender));
        Assert.False(fixture.Customers.Find(tenant, "big")!.Shows(BehaviorPattern.HighSpender));
        var recorded = (await fixture.CustomerStore.ChangesAsync(tenant, new PatternChangeQuery(10, BehaviorPattern.HighSpender), CancellationToken.None)).Items;
        Assert.Equal([("big", false), ("big", true)], recorded.Select(change => (change.UserId, change.Entered)));
    }

    [Fact]
    public async Task ARefreshJudgesByAHandedInThresholdOnlyWhenItIsNewerThanTheTenantsOwn()
    {
        var tenant = $"t-{Guid.NewGuid():N}";
        var (big, small) = (new UserKey(tenant, "big"), new UserKey(tenant, "small"));
        await Profile(big).ApplyAsync(TestCustomers.Batch(fixture, big, TestCustomers.Weekend(fixture, 1, "b1", 110)));
        await Profile(small).ApplyAsync(TestCustomers.Batch(fixture, small, TestCustomers.Weekend(fixture, 1, "s1", 10)));
        var now = fixture.Clock.GetUtcNow();
        await fixture.Client.GetGrain<IBehaviorSettingsGrain>(tenant).SetHighSpenderThresholdAsync(120, now);

        // Older than the tenant's threshold: ignored. Newer (the settings grain has not been told yet): used.
        await Profile(small).RefreshAsync(new BehaviorThresholds(PatternSettings.Default, 5, now.AddHours(-1)));
        await Profile(small).RefreshAsync(new BehaviorThresholds(PatternSettings.Default, 5, now.AddHours(-2)));
        await Profile(big).RefreshAsync(new BehaviorThresholds(PatternSettings.Default, 100, now.AddMinutes(1)));
        var judgedBig = await Eventually.ReadAsync(Profile(big).GetProfileAsync, p => p.Patterns.Contains(BehaviorPattern.HighSpender));
        await Profile(small).ApplyAsync(TestCustomers.Batch(fixture, small));
        var recorded = (await fixture.CustomerStore.ChangesAsync(tenant, new PatternChangeQuery(10, BehaviorPattern.HighSpender), CancellationToken.None)).Items;

        Assert.Contains(BehaviorPattern.HighSpender, judgedBig.Patterns);
        Assert.Equal([("big", true)], recorded.Select(change => (change.UserId, change.Entered)));
        Assert.Equal(new SegmentTotals(1, 110, 110, 0), await fixture.SegmentAsync(tenant, BehaviorPattern.HighSpender));
    }

    private IUserProfileGrain Profile(UserKey user) => fixture.Client.GetGrain<IUserProfileGrain>(user.ToString());
}
