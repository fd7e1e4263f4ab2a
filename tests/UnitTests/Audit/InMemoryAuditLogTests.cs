using GrainMarketing.Audit;

namespace GrainMarketing.UnitTests.Audit;

public sealed class InMemoryAuditLogTests
{
    private const string Tenant = "acme";
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ATenantsTrailComesNewestFirstWithIdsThatGrow()
    {
        var log = await LogAsync(
            Entry("tenant.created", minute: 0),
            Entry("key.created", minute: 1, target: "gmk_acme_k1"),
            Entry("member.invited", minute: 2, target: "bo@example.com"));

        var page = await log.QueryAsync(new AuditQuery(Tenant), CancellationToken.None);

        Assert.Equal(["member.invited", "key.created", "tenant.created"], Actions(page));
        Assert.Equal([3L, 2L, 1L], page.Items.Select(i => i.Id));
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task ActionActorAndTargetMatchExactly()
    {
        var log = await LogAsync(
            Entry("member.invited", actor: "ana@example.com", target: "bo@example.com"),
            Entry("member.invited", actor: "ana@example.com", target: "cy@example.com"),
            Entry("member.invitation_withdrawn", actor: "ana@example.com", target: "bo@example.com"),
            Entry("member.invited", actor: "key:acme.k1", target: "bo@example.com"));

        var page = await log.QueryAsync(
            new AuditQuery(Tenant) { Action = "member.invited", Actor = "ana@example.com", Target = "bo@example.com" }, CancellationToken.None);

        Assert.Equal([1L], page.Items.Select(i => i.Id));
        Assert.Empty((await log.QueryAsync(new AuditQuery(Tenant) { Action = "member" }, CancellationToken.None)).Items);
        Assert.Empty((await log.QueryAsync(new AuditQuery(Tenant) { Actor = "ANA@example.com" }, CancellationToken.None)).Items);
    }

    [Theory]
    [InlineData("member.", new[] { "member.removed", "member.invited" })]
    [InlineData("member.*", new[] { "member.removed", "member.invited" })]
    [InlineData("member*", new[] { "membership.renamed", "member.removed", "member.invited" })]
    [InlineData("key.", new[] { "key.created" })]
    [InlineData("*", new[] { "membership.renamed", "member.removed", "key.created", "member.invited" })]
    [InlineData("k%.", new string[0])]
    [InlineData("_ey.", new string[0])]
    public async Task AnActionEndingInADotOrAStarIsAPrefix(string action, string[] expected)
    {
        var log = await LogAsync(
            Entry("member.invited"), Entry("key.created"), Entry("member.removed"), Entry("membership.renamed"));

        var page = await log.QueryAsync(new AuditQuery(Tenant) { Action = action }, CancellationToken.None);

        Assert.Equal(expected, Actions(page));
    }

    [Fact]
    public async Task FromIsInclusiveAndToExclusive()
    {
        var log = await LogAsync(Entry("a", minute: 0), Entry("b", minute: 1), Entry("c", minute: 2), Entry("d", minute: 3));

        var page = await log.QueryAsync(
            new AuditQuery(Tenant) { From = Start.AddMinutes(1), To = Start.AddMinutes(3) }, CancellationToken.None);

        Assert.Equal(["c", "b"], Actions(page));
    }

    [Fact]
    public async Task TimesWithAnOffsetCompareAsInstants()
    {
        var log = await LogAsync(Entry("a", minute: 0), Entry("b", minute: 60));

        var page = await log.QueryAsync(new AuditQuery(Tenant) { From = new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.FromHours(1)) }, CancellationToken.None);

        Assert.Equal(["b"], Actions(page));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(50)]
    public async Task FollowingNextVisitsEveryMatchingEntryOnceNewestFirst(int limit)
    {
        var entries = Enumerable.Range(0, 21)
            .Select(i => Entry(i % 3 == 0 ? "key.created" : "member.invited", minute: i))
            .ToArray();
        var log = await LogAsync(entries);

        var seen = new List<long>();
        long? before = null;
        var pages = 0;
        do
        {
            var page = await log.QueryAsync(new AuditQuery(Tenant) { Action = "member.", Limit = limit, Before = before }, CancellationToken.None);
            Assert.InRange(page.Items.Count, 1, limit);
            Assert.All(page.Items, i => Assert.Equal("member.invited", i.Entry.Action));
            seen.AddRange(page.Items.Select(i => i.Id));
            before = page.Next;
            pages++;
        }
        while (before is not null);

        long[] expected = [.. Enumerable.Range(1, 21).Where(id => (id - 1) % 3 != 0).Select(id => (long)id).Reverse()];
        Assert.Equal(expected, seen);
        Assert.Equal((expected.Length + limit - 1) / limit, pages);
    }

    [Fact]
    public async Task AFullLastPageSaysNoMoreFollow()
    {
        var log = await LogAsync(Entry("a"), Entry("b"), Entry("c"), Entry("d"));

        var first = await log.QueryAsync(new AuditQuery(Tenant) { Limit = 2 }, CancellationToken.None);
        var second = await log.QueryAsync(new AuditQuery(Tenant) { Limit = 2, Before = first.Next }, CancellationToken.None);

        Assert.Equal(3L, first.Next);
        Assert.Equal(["b", "a"], Actions(second));
        Assert.Null(second.Next);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(0L)]
    [InlineData(-5L)]
    [InlineData(long.MinValue)]
    public async Task ACursorAtOrBelowTheFirstIdFindsNothing(long before)
    {
        var log = await LogAsync(Entry("a"), Entry("b"));

        var page = await log.QueryAsync(new AuditQuery(Tenant) { Before = before }, CancellationToken.None);

        Assert.Empty(page.Items);
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task OtherTenantsAndAccountEntriesNeverShow()
    {
        var log = await LogAsync(
            Entry("tenant.created"),
            Entry("tenant.created") with { Tenant = "other" },
            Entry("login.succeeded") with { Tenant = null },
            Entry("key.created") with { Tenant = "acme-2" },
            Entry("key.revoked"));

        var mine = await log.QueryAsync(new AuditQuery(Tenant) { Action = "*" }, CancellationToken.None);
        var theirs = await log.QueryAsync(new AuditQuery("other"), CancellationToken.None);

        Assert.Equal([5L, 1L], mine.Items.Select(i => i.Id));
        Assert.All(mine.Items, i => Assert.Equal(Tenant, i.Entry.Tenant));
        Assert.Equal([2L], theirs.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task OnlyTheNewestEntriesAreKeptAndIdsGoOnGrowing()
    {
        var log = new InMemoryAuditLog();
        for (var i = 0; i < InMemoryAuditLog.Capacity + 5; i++)
        {
            await log.RecordAsync(Entry(i < 5 ? "old" : "new"), CancellationToken.None);
        }

        var newest = await log.QueryAsync(new AuditQuery(Tenant) { Limit = 1 }, CancellationToken.None);
        var old = await log.QueryAsync(new AuditQuery(Tenant) { Action = "old" }, CancellationToken.None);
        var oldest = await log.QueryAsync(new AuditQuery(Tenant) { Before = 7, Limit = AuditQuery.MaxLimit }, CancellationToken.None);

        Assert.Equal(InMemoryAuditLog.Capacity + 5L, newest.Items.Single().Id);
        Assert.Empty(old.Items);
        Assert.Equal([6L], oldest.Items.Select(i => i.Id));
    }

    private static async Task<InMemoryAuditLog> LogAsync(params AuditEntry[] entries)
    {
        var log = new InMemoryAuditLog();
        foreach (var entry in entries)
        {
            await log.RecordAsync(entry, CancellationToken.None);
        }

        return log;
    }

    private static AuditEntry Entry(string action, int minute = 0, string? actor = "ana@example.com", string? target = null) =>
        new(Start.AddMinutes(minute), action, actor, Tenant, target, null, null, "127.0.0.1", "tests");

    private static string[] Actions(AuditPage page) => [.. page.Items.Select(i => i.Entry.Action)];
}
