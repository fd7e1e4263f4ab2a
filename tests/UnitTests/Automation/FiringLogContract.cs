using GrainMarketing.Automation;

namespace GrainMarketing.UnitTests.Automation;

/// <summary>
/// What every <see cref="IFiringLog"/> promises, run once per implementation by a derived class:
/// <c>InMemoryFiringLogTests</c> here, and the PostgreSQL log's tests in the integration tests, which
/// compile this file too. Each test gets an empty log of its own.
/// </summary>
public abstract class FiringLogContract : IAsyncLifetime
{
    protected const string Tenant = "acme";
    protected static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid CpaRule = Guid.NewGuid();
    private static readonly Guid BudgetRule = Guid.NewGuid();

    private IFiringLog? _log;

    protected IFiringLog Log => _log ?? throw new InvalidOperationException("The log is created in InitializeAsync.");

    public async Task InitializeAsync() => _log = await CreateEmptyAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task EntriesComeNewestFirstAcrossBatchesWithSequencesThatGrow()
    {
        RuleFiring[] first = [Firing(minute: 0), Firing(minute: 1), Firing(minute: 2)];
        var second = Firing(minute: 3);
        await Log.AppendAsync(first, CancellationToken.None);
        await Log.AppendAsync([second], CancellationToken.None);

        var page = await Log.QueryAsync(Tenant, new FiringQuery(10), CancellationToken.None);

        Assert.Equal([second.Id, first[2].Id, first[1].Id, first[0].Id], page.Items.Select(item => item.Firing.Id));
        Assert.Equal(page.Items.Select(item => item.Sequence).OrderDescending().Distinct(), page.Items.Select(item => item.Sequence));
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task AnEntryReadsBackWhole()
    {
        var reversed = Guid.NewGuid();
        var firing = Firing(minute: 5, kind: FiringKind.Reversed, dryRun: true, target: "meta:916/adset/42") with
        {
            RuleVersion = 3,
            RuleName = "CPA above 40",
            Level = RuleLevel.AdSet,
            At = new DateTimeOffset(2026, 11, 23, 12, 5, 0, TimeSpan.FromHours(2)),
            Day = new DateOnly(2026, 11, 22),
            Conditions = [new ConditionEvidence(new RuleCondition(RuleMetric.Cpa, "7d", RuleComparator.GreaterThan, 40m, null, 0.9), 52.1m, 38.4m, 0.357m, 0.97, true, true)],
            Actions = [new ActionOutcome(RuleActionType.SetBudget, ActionResult.WouldApply, "100", "80", "Dry run.")],
            RelatesTo = reversed,
        };
        await Log.AppendAsync([firing], CancellationToken.None);

        var read = Assert.Single((await Log.QueryAsync(Tenant, new FiringQuery(10), CancellationToken.None)).Items).Firing;

        Assert.Equal(
            (firing.Id, firing.Tenant, firing.RuleId, 3, "CPA above 40", RuleLevel.AdSet, "meta:916/adset/42", FiringKind.Reversed, true, firing.At, firing.Day, (Guid?)reversed),
            (read.Id, read.Tenant, read.RuleId, read.RuleVersion, read.RuleName, read.Level, read.Target, read.Kind, read.DryRun, read.At, read.Day, read.RelatesTo));
        Assert.Equal(firing.Conditions, read.Conditions);
        Assert.Equal(firing.Actions, read.Actions);
    }

    [Fact]
    public async Task EveryFilterGivenMustMatch()
    {
        RuleFiring[] firings =
        [
            Firing(minute: 0, rule: CpaRule, target: "meta:916"),
            Firing(minute: 1, rule: CpaRule, target: "meta:917"),
            Firing(minute: 2, rule: BudgetRule, target: "meta:916"),
            Firing(minute: 3, rule: CpaRule, target: "meta:916", kind: FiringKind.Deferred),
            Firing(minute: 4, rule: CpaRule, target: "meta:916", dryRun: true),
        ];
        await Log.AppendAsync(firings, CancellationToken.None);

        Assert.Equal([firings[4].Id, firings[3].Id, firings[1].Id, firings[0].Id], await IdsAsync(new FiringQuery(10, RuleId: CpaRule)));
        Assert.Equal([firings[4].Id, firings[3].Id, firings[2].Id, firings[0].Id], await IdsAsync(new FiringQuery(10, Target: "meta:916")));
        Assert.Equal([firings[3].Id], await IdsAsync(new FiringQuery(10, Kind: FiringKind.Deferred)));
        Assert.Equal([firings[4].Id], await IdsAsync(new FiringQuery(10, DryRun: true)));
        Assert.Equal([firings[0].Id], await IdsAsync(new FiringQuery(10, CpaRule, "meta:916", FiringKind.Fired, DryRun: false)));
        Assert.Empty(await IdsAsync(new FiringQuery(10, BudgetRule, "meta:917")));
    }

    [Fact]
    public async Task FromIsInclusiveAndToExclusiveComparedAsInstants()
    {
        RuleFiring[] firings = [Firing(minute: 0), Firing(minute: 1), Firing(minute: 2), Firing(minute: 3)];
        await Log.AppendAsync(firings, CancellationToken.None);

        var inWindow = await IdsAsync(new FiringQuery(10, From: Start.AddMinutes(1), To: Start.AddMinutes(3)));
        var fromOffset = await IdsAsync(new FiringQuery(10, From: new DateTimeOffset(2026, 11, 23, 11, 2, 0, TimeSpan.FromHours(1))));

        Assert.Equal([firings[2].Id, firings[1].Id], inWindow);
        Assert.Equal([firings[3].Id, firings[2].Id], fromOffset);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(50)]
    public async Task FollowingNextVisitsEveryMatchingEntryOnceNewestFirst(int limit)
    {
        var firings = Enumerable.Range(0, 14).Select(i => Firing(minute: i, rule: i % 3 == 0 ? BudgetRule : CpaRule)).ToList();
        await Log.AppendAsync(firings[..9], CancellationToken.None);
        await Log.AppendAsync(firings[9..], CancellationToken.None);

        var seen = new List<Guid>();
        long? before = null;
        var pages = 0;
        do
        {
            var page = await Log.QueryAsync(Tenant, new FiringQuery(limit, RuleId: CpaRule, Before: before), CancellationToken.None);
            Assert.InRange(page.Items.Count, 1, limit);
            seen.AddRange(page.Items.Select(item => item.Firing.Id));
            before = page.Next;
            pages++;
        }
        while (before is not null);

        Guid[] expected = [.. firings.Where(firing => firing.RuleId == CpaRule).Select(firing => firing.Id).Reverse()];
        Assert.Equal(expected, seen);
        Assert.Equal((expected.Length + limit - 1) / limit, pages);
    }

    [Fact]
    public async Task AFullLastPageSaysNoMoreFollow()
    {
        RuleFiring[] firings = [Firing(minute: 0), Firing(minute: 1), Firing(minute: 2), Firing(minute: 3)];
        await Log.AppendAsync(firings, CancellationToken.None);

        var first = await Log.QueryAsync(Tenant, new FiringQuery(2), CancellationToken.None);
        var second = await Log.QueryAsync(Tenant, new FiringQuery(2, Before: first.Next), CancellationToken.None);

        Assert.Equal(first.Items[^1].Sequence, first.Next);
        Assert.Equal([firings[1].Id, firings[0].Id], second.Items.Select(item => item.Firing.Id));
        Assert.Null(second.Next);
    }

    [Fact]
    public async Task ACursorAtOrBelowTheOldestSequenceFindsNothing()
    {
        await Log.AppendAsync([Firing(minute: 0), Firing(minute: 1)], CancellationToken.None);
        var oldest = (await Log.QueryAsync(Tenant, new FiringQuery(10), CancellationToken.None)).Items[^1].Sequence;

        foreach (var before in new[] { oldest, oldest - 1, 0, long.MinValue })
        {
            var page = await Log.QueryAsync(Tenant, new FiringQuery(10, Before: before), CancellationToken.None);
            Assert.Empty(page.Items);
            Assert.Null(page.Next);
        }
    }

    [Fact]
    public async Task OtherTenantsEntriesNeverShow()
    {
        RuleFiring[] firings = [Firing(minute: 0), Firing(minute: 1) with { Tenant = "other" }, Firing(minute: 2) with { Tenant = "acme-2" }, Firing(minute: 3)];
        await Log.AppendAsync(firings, CancellationToken.None);

        Assert.Equal([firings[3].Id, firings[0].Id], await IdsAsync(new FiringQuery(10)));
        Assert.Equal([firings[1].Id], (await Log.QueryAsync("other", new FiringQuery(10), CancellationToken.None)).Items.Select(item => item.Firing.Id));
    }

    [Fact]
    public async Task AnEmptyBatchAppendsNothing()
    {
        await Log.AppendAsync([], CancellationToken.None);

        Assert.Empty((await Log.QueryAsync(Tenant, new FiringQuery(10), CancellationToken.None)).Items);
    }

    protected abstract Task<IFiringLog> CreateEmptyAsync();

    protected static RuleFiring Firing(int minute, Guid? rule = null, string target = "meta:916", FiringKind kind = FiringKind.Fired, bool dryRun = false) =>
        new(Guid.NewGuid(), Tenant, rule ?? CpaRule, 1, "CPA above 40", RuleLevel.Campaign, target, kind, dryRun, Start.AddMinutes(minute),
            DateOnly.FromDateTime(Start.UtcDateTime), [], [new ActionOutcome(RuleActionType.Pause, ActionResult.Applied)]);

    /// <summary>The ids of the tenant's entries the query finds, newest first.</summary>
    private async Task<Guid[]> IdsAsync(FiringQuery query)
    {
        var page = await Log.QueryAsync(Tenant, query, CancellationToken.None);
        return [.. page.Items.Select(item => item.Firing.Id)];
    }
}
