using GrainMarketing.Analysis;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;
using Npgsql;

namespace GrainMarketing.IntegrationTests.Persistence;

/// <summary>
/// The daily analysis' statements against a real server over generated customers (ties, zero spenders,
/// another tenant's rows beside them), checked against figures the test works out itself, and against the
/// Memory profile's store over the same rows. What both stores promise is in <c>PostgresAnalysisStoreContractTests</c>.
/// </summary>
public sealed class PostgresAnalysisStoreTests : IAsyncLifetime
{
    private const string Tenant = "acme";
    private static readonly DateTimeOffset At = new(2026, 12, 3, 6, 0, 0, TimeSpan.Zero);
    private static readonly int High = PatternBits.Of(BehaviorPattern.HighSpender);

    private ProcessCluster? _database;
    private NpgsqlDataSource? _dataSource;
    private PostgresAnalysisStore? _store;

    private PostgresAnalysisStore Store => _store!;

    public async Task InitializeAsync()
    {
        _database = await ProcessCluster.CreateAsync();
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        _store = new PostgresAnalysisStore(_dataSource);
    }

    public async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task ARunFindsTheExactThresholdCutsScoresAndCountsOfGeneratedCustomers()
    {
        var rows = Generate(Tenant, 3000, seed: 6);
        await SeededCustomers.InsertAsync(_dataSource!, [.. rows, .. Generate("someone-else", 200, seed: 7)]);
        var run = Guid.NewGuid();

        var found = await Store.AnalyzeAsync(Tenant, run, At, 0.2, default);

        var spenders = rows.Where(row => row.Spend > 0).Select(row => row.Spend).OrderDescending().ToList();
        var threshold = spenders[(int)Math.Ceiling(0.2 * spenders.Count) - 1];
        var days = rows.ToDictionary(row => row.UserId, row => Math.Max(0, (int)Math.Floor((At - row.LastSeen).TotalDays)));
        var recencyCuts = QuintileCuts(days.Values);
        var frequencyCuts = QuintileCuts(rows.Select(row => row.Transactions));
        var monetaryCuts = QuintileCuts(rows.Select(row => row.Spend));
        Assert.Equal((3000, threshold), (found.Customers, found.HighSpenderThreshold));
        Assert.Equal(recencyCuts.Select(cut => (double)cut), found.Rfm!.Recency);
        Assert.Equal(frequencyCuts.Select(cut => (double)cut), found.Rfm.Frequency);
        Assert.Equal(monetaryCuts.Select(cut => (double)cut), found.Rfm.Monetary);

        var expected = rows
            .Select(row => new AnalysisMembership(
                row.UserId,
                (row.Patterns & ~High) | (row.Spend > 0 && row.Spend >= threshold ? High : 0),
                5 - recencyCuts.Count(cut => days[row.UserId] > cut),
                1 + frequencyCuts.Count(cut => row.Transactions > cut),
                1 + monetaryCuts.Count(cut => row.Spend > cut),
                row.Spend))
            .OrderBy(member => member.UserId, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, await Store.ReadSnapshotAsync(Tenant, run, default));
        foreach (var pattern in Enum.GetValues<BehaviorPattern>())
        {
            Assert.Equal(expected.Count(member => PatternBits.Has(member.Patterns, pattern)), found.PatternCounts[pattern]);
        }

        // Ties: several customers share each spend at the threshold, and all of them score alike.
        Assert.True(rows.Count(row => row.Spend == threshold) > 1);
        Assert.Single(expected.Where(member => member.Spend == threshold).Select(member => member.Monetary).Distinct());

        var memory = new InMemoryCustomerTable();
        rows.ForEach(memory.Upsert);
        var inMemory = await new InMemoryAnalysisStore(memory).AnalyzeAsync(Tenant, run, At, 0.2, default);
        Assert.Equal((inMemory.Customers, inMemory.HighSpenderThreshold), (found.Customers, found.HighSpenderThreshold));
        Assert.Equal(inMemory.Rfm!.Monetary, found.Rfm.Monetary);
        Assert.Equal(inMemory.PatternCounts, found.PatternCounts);
    }

    [Fact]
    public async Task TheCustomersToTellAndTheSegmentSizesFollowTheNewThreshold()
    {
        var rows = Generate(Tenant, 1500, seed: 11);
        await SeededCustomers.InsertAsync(_dataSource!, rows);
        const decimal threshold = 250m;

        var disagreeing = await Store.DisagreeingAsync(Tenant, threshold, default);

        Assert.Equal(
            rows.Where(row => row.Shows(BehaviorPattern.HighSpender) != (row.Spend > 0 && row.Spend >= threshold)).Select(row => row.UserId).Order(StringComparer.Ordinal),
            disagreeing);
        Assert.Equal(rows.Where(row => row.Shows(BehaviorPattern.HighSpender)).Select(row => row.UserId).Order(StringComparer.Ordinal),
            await Store.DisagreeingAsync(Tenant, null, default));
        foreach (var criteria in new TargetCriteria[] { new([BehaviorPattern.HighSpender]), new([BehaviorPattern.Frequent, BehaviorPattern.Weekend]), new([], RisingSpend: true), new([BehaviorPattern.CategoryFocused], Category: "books") })
        {
            Assert.Equal(rows.Count(CustomerCriteria.Predicate(criteria, 1.5, threshold)), await Store.CountAsync(Tenant, criteria, 1.5, threshold, default));
        }
    }

    [Fact]
    public async Task OnlyTheNewestSevenSnapshotsOfATenantAreKept()
    {
        await SeededCustomers.InsertAsync(_dataSource!, [.. Generate(Tenant, 50, seed: 3), .. Generate("someone-else", 20, seed: 4)]);
        var other = Guid.NewGuid();
        await Store.AnalyzeAsync("someone-else", other, At, 0.2, default);
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

        Assert.Equal([0, 0, 50, 50, 50, 50, 50, 50, 50], sizes);
        Assert.Equal(20, (await Store.ReadSnapshotAsync("someone-else", other, default)).Count);
        await using var count = _dataSource!.CreateCommand("SELECT count(*) FROM analysis_snapshots WHERE tenant = 'acme'");
        Assert.Equal(7L, await count.ExecuteScalarAsync());
    }

    /// <summary>percentile_disc at 0.2, 0.4, 0.6 and 0.8, worked out from the sorted values.</summary>
    private static List<T> QuintileCuts<T>(IEnumerable<T> values)
    {
        var sorted = values.Order().ToList();
        return [.. new[] { 0.2, 0.4, 0.6, 0.8 }.Select(fraction => sorted[Math.Max(1, (int)Math.Ceiling(fraction * sorted.Count)) - 1])];
    }

    /// <summary>Customers with spends in steps of 10 (so many tie), a tenth who spent nothing in 90 days, and random patterns.</summary>
    private static List<CustomerRow> Generate(string tenant, int count, int seed)
    {
        var random = new Random(seed);
        string[] categories = ["books", "grocery", "fuel"];
        return [.. Enumerable.Range(0, count).Select(i =>
        {
            var spend = random.Next(10) == 0 ? 0m : random.Next(1, 60) * 10m;
            var recent = Math.Round(spend * (decimal)random.NextDouble(), 2);
            return new CustomerRow(tenant, $"u{i:D5}", random.Next(256), spend, spend == 0 ? 0 : random.Next(1, 30), recent, spend - recent,
                At.AddDays(-120), At.AddDays(-random.Next(0, 90)).AddMinutes(-random.Next(0, 1440)), categories[random.Next(3)], "Lyon", At);
        })];
    }
}
