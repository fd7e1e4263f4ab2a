using GrainMarketing.Analysis;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Analysis;

/// <summary>
/// What every <see cref="IAnalysisStore"/> promises, run once per implementation by a derived class:
/// <c>InMemoryAnalysisStoreTests</c> here, and the PostgreSQL store's contract tests in the integration
/// tests, which compile this file too. Each test gets an empty store of its own over a handful of
/// customers whose every figure is worked out by hand.
/// </summary>
public abstract class AnalysisStoreContract : IAsyncLifetime
{
    protected const string Tenant = "acme";
    protected static readonly DateTimeOffset At = new(2026, 12, 3, 6, 0, 0, TimeSpan.Zero);
    private static readonly int High = PatternBits.Of(BehaviorPattern.HighSpender);
    private static readonly int Frequent = PatternBits.Of(BehaviorPattern.Frequent);
    private static readonly int Inactive = PatternBits.Of(BehaviorPattern.Inactive);

    private IAnalysisStore? _store;

    protected IAnalysisStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _store = await CreateEmptyAsync();
        // user, spend, purchases, days since the last purchase, patterns as stored.
        await SeedAsync(
            Customer("a", 500, 9, 0, High | Frequent),
            Customer("b", 300, 6, 1, Frequent),
            Customer("c", 300, 4, 2, High),
            Customer("d", 120, 3, 5, 0),
            Customer("e", 80, 2, 12, 0),
            Customer("f", 40, 1, 20, 0),
            Customer("g", 0, 0, 40, Inactive | High),
            Customer("h", 0, 0, 75, Inactive),
            Customer("other", 1000, 20, 0, 0, tenant: "someone-else"));
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ARunFindsTheHighSpenderThresholdAndCountsTheCustomersScored()
    {
        var found = await Store.AnalyzeAsync(Tenant, Guid.NewGuid(), At, 0.2, default);

        // Six spenders 40 80 120 300 300 500; 0.2 × 6 = 1.2 → the 2nd highest, 300: a, b and c.
        Assert.Equal((8, 300m), (found.Customers, found.HighSpenderThreshold));
    }

    [Fact]
    public async Task ARunFindsTheRfmQuintileCuts()
    {
        var found = await Store.AnalyzeAsync(Tenant, Guid.NewGuid(), At, 0.2, default);

        // Eight customers: the 2nd, 4th, 5th (ceil 4.8) and 7th (ceil 6.4) of each, sorted.
        Assert.Equal(new[] { 1.0, 5, 12, 40 }, found.Rfm!.Recency);
        Assert.Equal(new[] { 0.0, 2, 3, 6 }, found.Rfm.Frequency);
        Assert.Equal(new[] { 0.0, 80, 120, 300 }, found.Rfm.Monetary);
    }

    [Fact]
    public async Task ARunCountsTheCustomersOfEveryPattern()
    {
        var found = await Store.AnalyzeAsync(Tenant, Guid.NewGuid(), At, 0.2, default);

        Assert.Equal((3, 2, 2), (found.PatternCounts[BehaviorPattern.HighSpender], found.PatternCounts[BehaviorPattern.Frequent], found.PatternCounts[BehaviorPattern.Inactive]));
        Assert.Equal(0, found.PatternCounts[BehaviorPattern.Weekend]);
        Assert.Equal(Enum.GetValues<BehaviorPattern>().Length, found.PatternCounts.Count);
    }

    [Fact]
    public async Task ARunSnapshotsEveryCustomerScored()
    {
        var run = Guid.NewGuid();

        await Store.AnalyzeAsync(Tenant, run, At, 0.2, default);

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
        Assert.Equal(expected, await Store.ReadSnapshotAsync(Tenant, run, default));
    }

    [Fact]
    public async Task ASnapshotIsReadForItsOwnTenantOnly()
    {
        var run = Guid.NewGuid();
        await Store.AnalyzeAsync(Tenant, run, At, 0.2, default);

        Assert.Empty(await Store.ReadSnapshotAsync("someone-else", run, default));
        Assert.Empty(await Store.ReadSnapshotAsync(Tenant, Guid.NewGuid(), default));
    }

    [Fact]
    public async Task TheCustomersToTellAreThoseWhoseStoredBitDisagreesWithTheNewThreshold()
    {
        // b crosses 300 without the bit; g holds the bit without spending.
        Assert.Equal(["b", "g"], await Store.DisagreeingAsync(Tenant, 300m, default));
        Assert.Equal(["a", "c", "g"], await Store.DisagreeingAsync(Tenant, null, default));
    }

    [Fact]
    public async Task ASegmentIsCountedByTheCustomerCriteriaRuleWithTheNewThreshold()
    {
        Assert.Equal(3, await Store.CountAsync(Tenant, new TargetCriteria([BehaviorPattern.HighSpender]), 1.5, 300m, default));
        Assert.Equal(1, await Store.CountAsync(Tenant, new TargetCriteria([BehaviorPattern.HighSpender]), 1.5, 500m, default));
        Assert.Equal(2, await Store.CountAsync(Tenant, new TargetCriteria([BehaviorPattern.Inactive]), 1.5, 300m, default));
        Assert.Equal(0, await Store.CountAsync(Tenant, new TargetCriteria([BehaviorPattern.HighSpender]), 1.5, null, default));
    }

    [Fact]
    public async Task ATenantWithoutCustomersHasNoThresholdNoCutsAndZeroCounts()
    {
        var found = await Store.AnalyzeAsync("empty", Guid.NewGuid(), At, 0.2, default);

        Assert.Equal((0, null, null), (found.Customers, found.HighSpenderThreshold, found.Rfm));
        Assert.Equal(Enum.GetValues<BehaviorPattern>().Length, found.PatternCounts.Count);
        Assert.All(found.PatternCounts.Values, count => Assert.Equal(0, count));
    }

    [Fact]
    public async Task OnlyTheNewestSevenSnapshotsAreKept()
    {
        var runs = Enumerable.Range(0, 9).Select(_ => Guid.NewGuid()).ToList();
        foreach (var run in runs)
        {
            await Store.AnalyzeAsync(Tenant, run, At, 0.2, default);
        }

        var sizes = new List<int>();
        foreach (var run in runs)
        {
            sizes.Add((await Store.ReadSnapshotAsync(Tenant, run, default)).Count);
        }

        Assert.Equal([0, 0, 8, 8, 8, 8, 8, 8, 8], sizes);
    }

    [Fact]
    public async Task RunsReadBackWithWhatTheyFoundAndAreListedNewestFirst()
    {
        var first = Run(At.AddDays(-1));
        var second = Run(At);
        await Store.SaveRunAsync(Tenant, first, default);
        await Store.SaveRunAsync(Tenant, second, default);
        var finished = second with
        {
            Status = AnalysisRunStatus.Succeeded,
            FinishedAt = At.AddMinutes(1),
            Customers = 3,
            HighSpenderThreshold = 12.5m,
            Rfm = new RfmCuts([1, 2, 3, 4], [1, 1, 2, 3], [5, 10, 12.5, 20]),
            PatternCounts = new Dictionary<BehaviorPattern, int> { [BehaviorPattern.HighSpender] = 1 },
            Decisions = [new CampaignDecision(OfferCampaignType.VipRewards, "highSpender", "c-1", 1, "Created.")],
            Refreshed = 1,
        };
        await Store.SaveRunAsync(Tenant, finished, default);

        var listed = await Store.ListRunsAsync(Tenant, 10, default);
        Assert.Equal([second.Id, first.Id], listed.Select(run => run.Id));
        var read = listed[0];
        Assert.Equal((AnalysisRunStatus.Succeeded, At.AddMinutes(1), 3, 12.5m, 1), (read.Status, read.FinishedAt, read.Customers, read.HighSpenderThreshold, read.Refreshed));
        Assert.Equal(finished.Rfm.Monetary, read.Rfm!.Monetary);
        Assert.Equal(finished.PatternCounts, read.PatternCounts);
        Assert.Equal(finished.Decisions, read.Decisions);
        Assert.Equal([second.Id], (await Store.ListRunsAsync(Tenant, 1, default)).Select(run => run.Id));
        Assert.Equal(first.Id, (await Store.FindRunAsync(Tenant, first.Id, default))?.Id);
        Assert.Null(await Store.FindRunAsync("someone-else", first.Id, default));
    }

    [Fact]
    public async Task RunsStartedAtTheSameInstantAreListedLatestFirstStoredFirst()
    {
        var (early, late) = (Run(At), Run(At));
        await Store.SaveRunAsync(Tenant, early, default);
        await Store.SaveRunAsync(Tenant, late, default);

        await Store.SaveRunAsync(Tenant, early with { Status = AnalysisRunStatus.Succeeded }, default);

        Assert.Equal([late.Id, early.Id], (await Store.ListRunsAsync(Tenant, 10, default)).Select(run => run.Id));
        Assert.Equal(AnalysisRunStatus.Succeeded, (await Store.FindRunAsync(Tenant, early.Id, default))?.Status);
    }

    protected abstract Task<IAnalysisStore> CreateEmptyAsync();

    /// <summary>Writes the rows into the customer table the store reads.</summary>
    protected abstract Task SeedAsync(params CustomerRow[] rows);

    protected static AnalysisRun Run(DateTimeOffset startedAt) =>
        new(Guid.NewGuid(), AnalysisTrigger.Manual, null, startedAt, null, AnalysisRunStatus.Running, 0, null, null, new Dictionary<BehaviorPattern, int>(), [], null);

    private static CustomerRow Customer(string user, decimal spend, int purchases, int daysAgo, int patterns, string tenant = Tenant) =>
        new(tenant, user, patterns, spend, purchases, spend / 2, spend / 2, At.AddDays(-80), At.AddDays(-daysAgo).AddHours(-1), null, null, At);
}
