using System.Text.Json;
using GrainMarketing.Analysis;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Analysis;

/// <summary>The Memory profile's analysis over a handful of customers whose every figure is worked out by hand.</summary>
public sealed class InMemoryAnalysisStoreTests
{
    private const string Tenant = "acme";
    private static readonly DateTimeOffset At = new(2026, 12, 3, 6, 0, 0, TimeSpan.Zero);
    private static readonly int High = PatternBits.Of(BehaviorPattern.HighSpender);
    private static readonly int Frequent = PatternBits.Of(BehaviorPattern.Frequent);
    private static readonly int Inactive = PatternBits.Of(BehaviorPattern.Inactive);

    private readonly InMemoryCustomerTable _customers = new();
    private readonly InMemoryAnalysisStore _store;

    public InMemoryAnalysisStoreTests()
    {
        _store = new InMemoryAnalysisStore(_customers);
        // user, spend, purchases, days since the last purchase, patterns as stored.
        Seed("a", 500, 9, 0, High | Frequent);
        Seed("b", 300, 6, 1, Frequent);
        Seed("c", 300, 4, 2, High);
        Seed("d", 120, 3, 5, 0);
        Seed("e", 80, 2, 12, 0);
        Seed("f", 40, 1, 20, 0);
        Seed("g", 0, 0, 40, Inactive | High);
        Seed("h", 0, 0, 75, Inactive);
        Seed("other", 1000, 20, 0, 0, tenant: "someone-else");
    }

    [Fact]
    public async Task ARunFindsTheThresholdCutsAndCountsAndSnapshotsEveryCustomerScored()
    {
        var run = Guid.NewGuid();

        var found = await _store.AnalyzeAsync(Tenant, run, At, 0.2, default);

        // Six spenders 40 80 120 300 300 500; 0.2 × 6 = 1.2 → the 2nd highest, 300: a, b and c.
        Assert.Equal((8, 300m), (found.Customers, found.HighSpenderThreshold));
        // Eight customers: the 2nd, 4th, 5th (ceil 4.8) and 7th (ceil 6.4) of each, sorted.
        Assert.Equal(new[] { 1.0, 5, 12, 40 }, found.Rfm!.Recency);
        Assert.Equal(new[] { 0.0, 2, 3, 6 }, found.Rfm.Frequency);
        Assert.Equal(new[] { 0.0, 80, 120, 300 }, found.Rfm.Monetary);
        Assert.Equal((3, 2, 2), (found.PatternCounts[BehaviorPattern.HighSpender], found.PatternCounts[BehaviorPattern.Frequent], found.PatternCounts[BehaviorPattern.Inactive]));
        Assert.Equal(0, found.PatternCounts[BehaviorPattern.Weekend]);
        Assert.Equal(Enum.GetValues<BehaviorPattern>().Length, found.PatternCounts.Count);

        AnalysisMembership[] expected =
        [
            new("a", High | Frequent, 5, 5, 5, 500),
            new("b", High | Frequent, 5, 4, 4, 300),
            new("c", High, 4, 4, 4, 300),
            new("d", 0, 4, 3, 3, 120),
            new("e", 0, 3, 2, 2, 80),
            new("f", 0, 2, 2, 2, 40),
            new("g", Inactive, 2, 1, 1, 0),
            new("h", Inactive, 1, 1, 1, 0),
        ];
        Assert.Equal(expected, await _store.ReadSnapshotAsync(Tenant, run, default));
    }

    [Fact]
    public async Task TheCustomersToTellAreThoseWhoseStoredBitDisagreesWithTheNewThreshold()
    {
        // b crosses 300 without the bit; g holds the bit without spending.
        Assert.Equal(["b", "g"], await _store.DisagreeingAsync(Tenant, 300m, default));
        Assert.Equal(["a", "c", "g"], await _store.DisagreeingAsync(Tenant, null, default));
    }

    [Fact]
    public async Task ASegmentIsCountedByTheCustomerCriteriaRuleWithTheNewThreshold()
    {
        Assert.Equal(3, await _store.CountAsync(Tenant, new TargetCriteria([BehaviorPattern.HighSpender]), 1.5, 300m, default));
        Assert.Equal(1, await _store.CountAsync(Tenant, new TargetCriteria([BehaviorPattern.HighSpender]), 1.5, 500m, default));
        Assert.Equal(2, await _store.CountAsync(Tenant, new TargetCriteria([BehaviorPattern.Inactive]), 1.5, 300m, default));
        Assert.Equal(0, await _store.CountAsync(Tenant, new TargetCriteria([BehaviorPattern.HighSpender]), 1.5, null, default));
    }

    [Fact]
    public async Task ATenantWithoutCustomersHasNoThresholdNoCutsAndZeroCounts()
    {
        var found = await _store.AnalyzeAsync("empty", Guid.NewGuid(), At, 0.2, default);

        Assert.Equal((0, null, null), (found.Customers, found.HighSpenderThreshold, found.Rfm));
        Assert.All(found.PatternCounts.Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task OnlyTheNewestSevenSnapshotsAreKept()
    {
        var runs = Enumerable.Range(0, 9).Select(_ => Guid.NewGuid()).ToList();
        foreach (var run in runs)
        {
            await _store.AnalyzeAsync(Tenant, run, At, 0.2, default);
        }

        var sizes = new List<int>();
        foreach (var run in runs)
        {
            sizes.Add((await _store.ReadSnapshotAsync(Tenant, run, default)).Count);
        }

        Assert.Equal([0, 0, 8, 8, 8, 8, 8, 8, 8], sizes);
    }

    [Fact]
    public async Task RunsAreListedNewestFirstAndASavedRunReplacesItsEarlierState()
    {
        var first = Run(At.AddDays(-1));
        var second = Run(At);
        await _store.SaveRunAsync(Tenant, first, default);
        await _store.SaveRunAsync(Tenant, second, default);
        var finished = second with { Status = AnalysisRunStatus.Succeeded, FinishedAt = At.AddMinutes(1) };
        await _store.SaveRunAsync(Tenant, finished, default);

        Assert.Equal([finished, first], await _store.ListRunsAsync(Tenant, 10, default));
        Assert.Equal([finished], await _store.ListRunsAsync(Tenant, 1, default));
        Assert.Equal(first, await _store.FindRunAsync(Tenant, first.Id, default));
        Assert.Null(await _store.FindRunAsync("someone-else", first.Id, default));
    }

    [Fact]
    public async Task ATenantKeepsItsNewestRunsOnly()
    {
        var runs = Enumerable.Range(0, InMemoryAnalysisStore.RunsKept + 1).Select(day => Run(At.AddDays(day))).ToList();
        foreach (var run in runs)
        {
            await _store.SaveRunAsync(Tenant, run, default);
        }

        var kept = await _store.ListRunsAsync(Tenant, int.MaxValue, default);
        Assert.Equal(InMemoryAnalysisStore.RunsKept, kept.Count);
        Assert.Null(await _store.FindRunAsync(Tenant, runs[0].Id, default));
    }

    [Fact]
    public void ARunReadsBackFromItsStoredJsonWithCamelCaseNames()
    {
        var run = Run(At) with
        {
            Status = AnalysisRunStatus.Succeeded,
            HighSpenderThreshold = 300m,
            Rfm = new RfmCuts([1, 5, 12, 40], [0, 2, 3, 6], [0, 80, 120, 300]),
            PatternCounts = new Dictionary<BehaviorPattern, int> { [BehaviorPattern.HighSpender] = 3, [BehaviorPattern.LocationClustered] = 1 },
            Decisions = [new CampaignDecision(OfferCampaignType.VipRewards, "highSpender", "c-1", 3, "Created.")],
            Refreshed = 2,
        };

        var json = JsonSerializer.Serialize(run, AnalysisJson.Options);
        var back = JsonSerializer.Deserialize<AnalysisRun>(json, AnalysisJson.Options)!;

        Assert.Contains("\"patternCounts\":{\"highSpender\":3,\"locationClustered\":1}", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"vipRewards\"", json, StringComparison.Ordinal);
        Assert.Equal((run.Id, run.Status, run.HighSpenderThreshold, run.Refreshed), (back.Id, back.Status, back.HighSpenderThreshold, back.Refreshed));
        Assert.Equal(run.Rfm.Monetary, back.Rfm!.Monetary);
        Assert.Equal(run.PatternCounts, back.PatternCounts);
        Assert.Equal(run.Decisions, back.Decisions);
    }

    private static AnalysisRun Run(DateTimeOffset startedAt) =>
        new(Guid.NewGuid(), AnalysisTrigger.Manual, null, startedAt, null, AnalysisRunStatus.Running, 0, null, null, new Dictionary<BehaviorPattern, int>(), [], null);

    private void Seed(string user, decimal spend, int purchases, int daysAgo, int patterns, string tenant = Tenant) =>
        _customers.Upsert(new CustomerRow(tenant, user, patterns, spend, purchases, spend / 2, spend / 2, At.AddDays(-80), At.AddDays(-daysAgo).AddHours(-1),
            null, null, At));
}
