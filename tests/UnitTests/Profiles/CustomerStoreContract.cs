using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Profiles;

/// <summary>
/// What every <see cref="ICustomerStore"/> promises, run once per implementation by a derived class:
/// <c>InMemoryCustomerStoreTests</c> here, and the PostgreSQL store's tests in the integration tests,
/// which compile this file too. Each test gets an empty store of its own.
/// </summary>
public abstract class CustomerStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly int Weekend = PatternBits.Of(BehaviorPattern.Weekend);
    private static readonly int New = PatternBits.Of(BehaviorPattern.New);

    private ICustomerStore? _store;

    protected ICustomerStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync() => _store = await CreateEmptyAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ARowWrittenAgainChangesNothingAndTheLastOfACustomersRowsWins()
    {
        var first = Row("acme", "ana", Weekend | New, 60.5m) with { TopCategory = null, TopCity = null };
        var later = Row("acme", "ana", Weekend, 75.25m) with { UpdatedAt = Start.AddMinutes(5) };
        await Store.WriteAsync([first, later], [], CancellationToken.None);
        await Store.WriteAsync([later], [], CancellationToken.None);
        await Store.WriteAsync([later], [], CancellationToken.None);

        var stored = Assert.Single(await Store.MembersAsync("acme", BehaviorPattern.Weekend, null, 10, CancellationToken.None));

        Assert.Equal(later, stored);
        Assert.Empty(await Store.MembersAsync("acme", BehaviorPattern.New, null, 10, CancellationToken.None));
        await Store.WriteAsync([first], [], CancellationToken.None);
        Assert.Equal(first, Assert.Single(await Store.MembersAsync("acme", BehaviorPattern.New, null, 10, CancellationToken.None)));
    }

    [Fact]
    public async Task ACustomerIsContainedOnceWrittenAndOnlyInTheirTenant()
    {
        await Store.WriteAsync([Row("acme", "ana", 0, 0)], [], CancellationToken.None);

        Assert.True(await Store.ContainsAsync("acme", "ana", CancellationToken.None));
        Assert.False(await Store.ContainsAsync("acme", "bo", CancellationToken.None));
        Assert.False(await Store.ContainsAsync("other", "ana", CancellationToken.None));
    }

    [Fact]
    public async Task MembersPageInOrdinalIdOrderAcrossShardsAfterACursorAndOnlyTheirTenantsAndPatterns()
    {
        var users = Enumerable.Range(0, 40).Select(n => $"u-{n:D2}").Concat(["Zed", "abe", "_x", "9"]).ToList();
        await Store.WriteAsync([.. users.Select((user, n) => Row("acme", user, n % 2 == 0 ? Weekend : New, n))], [], CancellationToken.None);
        await Store.WriteAsync([Row("other", "u-00", Weekend, 1)], [], CancellationToken.None);
        var expected = users.Where((_, n) => n % 2 == 0).Order(StringComparer.Ordinal).ToList();

        var pages = new List<string>();
        string? after = null;
        do
        {
            var page = await Store.MembersAsync("acme", BehaviorPattern.Weekend, after, 7, CancellationToken.None);
            Assert.True(page.Count <= 7);
            pages.AddRange(page.Select(row => row.UserId));
            after = page.Count == 7 ? page[^1].UserId : null;
        }
        while (after is not null);

        Assert.Equal(expected, pages);
        Assert.True(expected.Select(SegmentShards.Of).Distinct().Count() > 1, "the members must span shards");
        Assert.Equal(["Zed", "_x", "u-00"], (await Store.MembersAsync("acme", BehaviorPattern.Weekend, null, 3, CancellationToken.None)).Select(r => r.UserId));
        Assert.Empty(await Store.MembersAsync("acme", BehaviorPattern.Weekend, "zz", 10, CancellationToken.None));
        Assert.Empty(await Store.MembersAsync("acme", BehaviorPattern.Seasonal, null, 10, CancellationToken.None));
    }

    [Fact]
    public async Task AShardReadsOnlyItsOwnCustomersOfItsPattern()
    {
        var users = Enumerable.Range(0, 60).Select(n => $"c{n}").ToList();
        await Store.WriteAsync([.. users.Select((user, n) => Row("acme", user, n % 3 == 0 ? New : Weekend | New, n))], [], CancellationToken.None);
        var shard = SegmentShards.Of("c1");

        var read = await Store.ShardAsync("acme", BehaviorPattern.Weekend, shard, CancellationToken.None);

        Assert.Equal(
            users.Where((user, n) => n % 3 != 0 && SegmentShards.Of(user) == shard).Order(StringComparer.Ordinal),
            read.Select(row => row.UserId).Order(StringComparer.Ordinal));
        Assert.All(read, row => Assert.Equal(shard, row.Shard));
        Assert.Empty(await Store.ShardAsync("other", BehaviorPattern.Weekend, shard, CancellationToken.None));
    }

    [Fact]
    public async Task EachNumberedChangeIsRecordedOnceAndReadsNewestFirst()
    {
        await Store.WriteAsync([Row("acme", "ana", Weekend, 60)], [Change("ana", 1, BehaviorPattern.Weekend, true, 0), Change("ana", 2, BehaviorPattern.New, true, 0)], CancellationToken.None);
        await Store.WriteAsync([Row("acme", "ana", Weekend, 60)], [Change("ana", 2, BehaviorPattern.New, true, 0), Change("ana", 3, BehaviorPattern.New, false, 1)], CancellationToken.None);

        var page = await Store.ChangesAsync("acme", new PatternChangeQuery(10), CancellationToken.None);

        Assert.Equal([(BehaviorPattern.New, false), (BehaviorPattern.New, true), (BehaviorPattern.Weekend, true)], page.Items.Select(c => (c.Pattern, c.Entered)));
        Assert.Equal(page.Items.Select(c => c.Id).OrderDescending(), page.Items.Select(c => c.Id));
        Assert.Equal((Start.AddMinutes(1), "ana"), (page.Items[0].At, page.Items[0].UserId));
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task EachChangeFilterKeepsOnlyItsMatchesAndPagesFollowTheCursor()
    {
        await Store.WriteAsync([], [
            Change("ana", 1, BehaviorPattern.Weekend, true, 0),
            Change("bo", 1, BehaviorPattern.Weekend, true, 1),
            Change("ana", 2, BehaviorPattern.New, false, 2),
            Change("cy", 1, BehaviorPattern.Inactive, true, 3),
            Change("ana", 3, BehaviorPattern.Weekend, false, 4),
        ], CancellationToken.None);
        await Store.WriteAsync([], [new PatternChangeRow("other", "ana", 1, BehaviorPattern.Weekend, true, Start)], CancellationToken.None);

        Assert.Equal(["ana@4", "bo@1", "ana@0"], await ReadAsync(new PatternChangeQuery(10, Pattern: BehaviorPattern.Weekend)));
        Assert.Equal(["ana@4", "ana@2", "ana@0"], await ReadAsync(new PatternChangeQuery(10, UserId: "ana")));
        Assert.Equal(["ana@4", "ana@2"], await ReadAsync(new PatternChangeQuery(10, Entered: false)));
        Assert.Equal(["cy@3", "ana@2"], await ReadAsync(new PatternChangeQuery(10, From: Start.AddMinutes(2), To: Start.AddMinutes(4))));

        var first = await Store.ChangesAsync("acme", new PatternChangeQuery(2), CancellationToken.None);
        var second = await Store.ChangesAsync("acme", new PatternChangeQuery(2, Before: first.Next), CancellationToken.None);
        var last = await Store.ChangesAsync("acme", new PatternChangeQuery(2, Before: second.Next), CancellationToken.None);
        Assert.Equal((2, 2, 1), (first.Items.Count, second.Items.Count, last.Items.Count));
        Assert.Equal(first.Items[^1].Id, first.Next);
        Assert.Null(last.Next);
        Assert.Equal(["ana@0"], last.Items.Select(Name));
        Assert.Equal(["ana@4", "cy@3"], await ReadAsync(new PatternChangeQuery(10, After: second.Items[0].Id)));
    }

    protected abstract Task<ICustomerStore> CreateEmptyAsync();

    private async Task<string[]> ReadAsync(PatternChangeQuery query) =>
        [.. (await Store.ChangesAsync("acme", query, CancellationToken.None)).Items.Select(Name)];

    /// <summary>A change as <c>user@minute</c> (each test's changes are minutes apart).</summary>
    private static string Name(StoredPatternChange change) => $"{change.UserId}@{(int)(change.At - Start).TotalMinutes}";

    private static CustomerRow Row(string tenant, string user, int patterns, decimal spend) =>
        new(tenant, user, patterns, spend, 3, spend / 2, spend / 4, Start.AddDays(-20), Start.AddDays(-1), "grocery", "Lyon", Start);

    private static PatternChangeRow Change(string user, long sequence, BehaviorPattern pattern, bool entered, int minute) =>
        new("acme", user, sequence, pattern, entered, Start.AddMinutes(minute));
}
