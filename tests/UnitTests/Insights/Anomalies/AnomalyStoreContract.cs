using GrainMarketing.Automation;
using GrainMarketing.Insights.Anomalies;

namespace GrainMarketing.UnitTests.Insights.Anomalies;

/// <summary>
/// What every <see cref="IAnomalyStore"/> promises, run once per implementation by a derived class:
/// <c>InMemoryAnomalyStoreTests</c> here, and the PostgreSQL store's tests in the integration tests, which compile
/// this file too. Each test gets an empty store of its own.
/// </summary>
public abstract class AnomalyStoreContract : IAsyncLifetime
{
    protected const string Tenant = "acme";
    protected static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private IAnomalyStore? _store;

    protected IAnomalyStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync() => _store = await CreateEmptyAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnAnomalyReadsBackWholeWithANumber()
    {
        var anomaly = Anomaly(minute: 3) with { FeedbackBy = null };
        await Store.AddAsync(Tenant, anomaly, CancellationToken.None);

        var read = Assert.Single((await Store.QueryAsync(Tenant, new AnomalyQuery(), CancellationToken.None)).Items);

        Assert.True(read.Number > 0);
        Assert.Equal(anomaly with { Number = read.Number }, read);
    }

    [Fact]
    public async Task TheSameIdIsStoredOnceAndOtherTenantsNeverSeeIt()
    {
        var anomaly = Anomaly(minute: 0);
        await Store.AddAsync(Tenant, anomaly, CancellationToken.None);
        await Store.AddAsync(Tenant, anomaly with { Score = 99 }, CancellationToken.None);

        Assert.Equal(4.9, Assert.Single((await Store.QueryAsync(Tenant, new AnomalyQuery(), CancellationToken.None)).Items).Score);
        Assert.Empty((await Store.QueryAsync("globex", new AnomalyQuery(), CancellationToken.None)).Items);
    }

    [Fact]
    public async Task FiltersAndPagesNewestFirst()
    {
        for (var minute = 0; minute < 5; minute++)
        {
            await Store.AddAsync(Tenant, Anomaly(minute, metric: minute % 2 == 0 ? AnomalyMetric.Spend : AnomalyMetric.Ctr), CancellationToken.None);
        }

        await Store.AddAsync(Tenant, Anomaly(9, level: AnomalyLevel.Tenant, severity: AlertSeverity.Critical), CancellationToken.None);

        var first = await Store.QueryAsync(Tenant, new AnomalyQuery { Level = AnomalyLevel.Campaign, Metric = AnomalyMetric.Spend, Limit = 2 }, CancellationToken.None);
        var second = await Store.QueryAsync(Tenant, new AnomalyQuery { Level = AnomalyLevel.Campaign, Metric = AnomalyMetric.Spend, Limit = 2, Before = first.Next }, CancellationToken.None);
        var critical = await Store.QueryAsync(Tenant, new AnomalyQuery { Severity = AlertSeverity.Critical, SeriesId = Tenant }, CancellationToken.None);
        var window = await Store.QueryAsync(Tenant, new AnomalyQuery { From = Start.AddMinutes(1), To = Start.AddMinutes(3) }, CancellationToken.None);

        Assert.Equal([4, 2], first.Items.Select(a => a.DetectedAt.Minute));
        Assert.Equal([0], second.Items.Select(a => a.DetectedAt.Minute));
        Assert.Null(second.Next);
        Assert.Equal([9], critical.Items.Select(a => a.DetectedAt.Minute));
        Assert.Equal([2, 1], window.Items.Select(a => a.DetectedAt.Minute));
    }

    [Fact]
    public async Task AVerdictIsStoredAndTheAnomalyAsItWasIsAnswered()
    {
        var anomaly = Anomaly(minute: 1);
        await Store.AddAsync(Tenant, anomaly, CancellationToken.None);

        var before = await Store.JudgeAsync(Tenant, anomaly.Id, AnomalyStatus.FalsePositive, "ana@example.com", Start.AddHours(1), CancellationToken.None);
        var missing = await Store.JudgeAsync("globex", anomaly.Id, AnomalyStatus.Real, "eve@example.com", Start, CancellationToken.None);
        var falsePositives = await Store.QueryAsync(Tenant, new AnomalyQuery { Status = AnomalyStatus.FalsePositive }, CancellationToken.None);

        Assert.Equal(AnomalyStatus.Open, before!.Status);
        Assert.Null(missing);
        var judged = Assert.Single(falsePositives.Items);
        Assert.Equal(("ana@example.com", Start.AddHours(1)), (judged.FeedbackBy, judged.FeedbackAt));
    }

    [Fact]
    public async Task AnIncidentsAnomaliesAreListedTogetherByTheirGroup()
    {
        var incident = Guid.NewGuid();
        var spend = Anomaly(minute: 1) with { GroupId = incident };
        var cpc = Anomaly(minute: 1, metric: AnomalyMetric.Cpc) with { GroupId = incident };
        await Store.AddAsync(Tenant, spend, CancellationToken.None);
        await Store.AddAsync(Tenant, Anomaly(minute: 2), CancellationToken.None);
        await Store.AddAsync(Tenant, cpc, CancellationToken.None);
        await Store.AddAsync("globex", Anomaly(minute: 1) with { GroupId = incident }, CancellationToken.None);

        var group = await Store.QueryAsync(Tenant, new AnomalyQuery { GroupId = incident }, CancellationToken.None);

        Assert.Equal([cpc.Id, spend.Id], group.Items.Select(a => a.Id));
        Assert.All(group.Items, a => Assert.Equal(incident, a.GroupId));
    }

    protected abstract Task<IAnomalyStore> CreateEmptyAsync();

    protected static Anomaly Anomaly(int minute, AnomalyMetric metric = AnomalyMetric.Spend, AnomalyLevel level = AnomalyLevel.Campaign, AlertSeverity severity = AlertSeverity.Warning) => new(
        0, Guid.NewGuid(), level, level == AnomalyLevel.Tenant ? Tenant : "acme/meta/916", metric,
        metric == AnomalyMetric.Spend ? AnomalyKind.SpendSpike : AnomalyKind.CtrCollapse, severity,
        Start.AddHours(-1), Start.AddMinutes(minute), 120.5, 60.25, 20, 100.5, 4.9, 4.5, AnomalyBaseline.HourOfDay, 96,
        "Spend 120.5 against 60.25 expected", Guid.NewGuid(), Alerted: true);
}
