using System.Text.Json;
using GrainMarketing.Audit;

namespace GrainMarketing.UnitTests.Audit;

/// <summary>
/// What every <see cref="IAuditLog"/> promises, run once per implementation by a derived class:
/// <c>InMemoryAuditLogTests</c> here, and the PostgreSQL log's tests in the integration tests, which
/// compile this file too. Each test gets an empty log of its own, so ids start at 1.
/// </summary>
public abstract class AuditLogContract : IAsyncLifetime
{
    protected const string Tenant = "acme";
    protected static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private IAuditLog? _log;

    protected IAuditLog Log => _log ?? throw new InvalidOperationException("The log is created in InitializeAsync.");

    public async Task InitializeAsync() => _log = await CreateEmptyAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

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
    public async Task AnEntryReadsBackWithEveryField()
    {
        var entry = new AuditEntry(
            Start, "member.role_changed", "ana@example.com", Tenant, "bo@example.com",
            JsonSerializer.Deserialize<JsonElement>("""{"role":"viewer"}"""), JsonSerializer.Deserialize<JsonElement>("""{"role":"admin"}"""),
            "203.0.113.9", "curl/8.5");
        var bare = new AuditEntry(Start.AddMinutes(1), "tenant.renamed", null, Tenant, null, null, null, null, null);
        var log = await LogAsync(entry, bare);

        var page = await log.QueryAsync(new AuditQuery(Tenant), CancellationToken.None);

        var (read, readBare) = (page.Items[1].Entry, page.Items[0].Entry);
        Assert.Equal((entry.At, entry.Action, entry.Actor, entry.Tenant, entry.Target, entry.SourceIp, entry.UserAgent),
            (read.At, read.Action, read.Actor, read.Tenant, read.Target, read.SourceIp, read.UserAgent));
        Assert.Equal(("viewer", "admin"), (read.Before!.Value.GetProperty("role").GetString(), read.After!.Value.GetProperty("role").GetString()));
        Assert.Equal(bare, readBare);
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

    protected abstract Task<IAuditLog> CreateEmptyAsync();

    protected static AuditEntry Entry(string action, int minute = 0, string? actor = "ana@example.com", string? target = null) =>
        new(Start.AddMinutes(minute), action, actor, Tenant, target, null, null, "127.0.0.1", "tests");

    /// <summary>The test's log with <paramref name="entries"/> recorded in order.</summary>
    private async Task<IAuditLog> LogAsync(params AuditEntry[] entries)
    {
        foreach (var entry in entries)
        {
            await Log.RecordAsync(entry, CancellationToken.None);
        }

        return Log;
    }

    private static string[] Actions(AuditPage page) => [.. page.Items.Select(i => i.Entry.Action)];
}
