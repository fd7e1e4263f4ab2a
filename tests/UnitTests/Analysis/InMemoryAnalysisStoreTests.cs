using System.Text.Json;
using GrainMarketing.Analysis;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Analysis;

/// <summary>The Memory profile's analysis: the contract, and the runs it keeps as the very instances saved.</summary>
public sealed class InMemoryAnalysisStoreTests : AnalysisStoreContract
{
    private readonly InMemoryCustomerTable _customers = new();

    [Fact]
    public async Task RunsAreListedNewestFirstAndASavedRunReplacesItsEarlierState()
    {
        var first = Run(At.AddDays(-1));
        var second = Run(At);
        await Store.SaveRunAsync(Tenant, first, default);
        await Store.SaveRunAsync(Tenant, second, default);
        var finished = second with { Status = AnalysisRunStatus.Succeeded, FinishedAt = At.AddMinutes(1) };
        await Store.SaveRunAsync(Tenant, finished, default);

        Assert.Equal([finished, first], await Store.ListRunsAsync(Tenant, 10, default));
        Assert.Equal([finished], await Store.ListRunsAsync(Tenant, 1, default));
        Assert.Equal(first, await Store.FindRunAsync(Tenant, first.Id, default));
        Assert.Null(await Store.FindRunAsync("someone-else", first.Id, default));
    }

    [Fact]
    public async Task ATenantKeepsItsNewestRunsOnly()
    {
        var runs = Enumerable.Range(0, InMemoryAnalysisStore.RunsKept + 1).Select(day => Run(At.AddDays(day))).ToList();
        foreach (var run in runs)
        {
            await Store.SaveRunAsync(Tenant, run, default);
        }

        var kept = await Store.ListRunsAsync(Tenant, int.MaxValue, default);
        Assert.Equal(InMemoryAnalysisStore.RunsKept, kept.Count);
        Assert.Null(await Store.FindRunAsync(Tenant, runs[0].Id, default));
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

    protected override Task<IAnalysisStore> CreateEmptyAsync() => Task.FromResult<IAnalysisStore>(new InMemoryAnalysisStore(_customers));

    protected override Task SeedAsync(params CustomerRow[] rows)
    {
        foreach (var row in rows)
        {
            _customers.Upsert(row);
        }

        return Task.CompletedTask;
    }
}
