using GrainMarketing.Alerts;
using GrainMarketing.Automation;

namespace GrainMarketing.UnitTests.Alerts;

/// <summary>
/// What every <see cref="IAlertHistory"/> promises, run once per implementation by a derived class:
/// <c>InMemoryAlertHistoryTests</c> here, and the PostgreSQL store's tests in the integration tests,
/// which compile this file too. Each test gets an empty store of its own.
/// </summary>
public abstract class AlertHistoryContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Rule = Guid.NewGuid();

    private IAlertHistory? _history;

    protected IAlertHistory History => _history ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync() => _history = await CreateEmptyAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnAlertReadsBackWithItsAttemptsInOrderAndItsFinalStatus()
    {
        var alert = Entry("rule.fired", AlertSeverity.Error, AlertStatus.Pending, Start, [Attempt("nowhere", 0, DeliveryOutcome.Failed, null, "No such channel.")]) with
        {
            RuleId = Rule,
            Target = "meta:916",
            Fields = new Dictionary<string, string> { ["CPA"] = "52.10" },
        };
        await History.RecordAlertAsync("acme", alert, CancellationToken.None);
        await History.RecordAttemptAsync("acme", alert.AlertId, Attempt("ops", 1, DeliveryOutcome.Retrying, 503, "The receiver answered 503."), null, CancellationToken.None);
        await History.RecordAttemptAsync("acme", alert.AlertId, Attempt("ops", 2, DeliveryOutcome.Delivered, 200, null), AlertStatus.Failed, CancellationToken.None);

        var read = Assert.Single((await History.QueryAsync("acme", new AlertHistoryQuery(), CancellationToken.None)).Items);

        Assert.Equal((alert.AlertId, AlertStatus.Failed, Rule, "meta:916", "52.10"), (read.AlertId, read.Status, read.RuleId!.Value, read.Target, read.Fields!["CPA"]));
        Assert.Equal((alert.Kind, alert.Severity, alert.Title, alert.Text, alert.DedupKey, alert.OccurredAt, alert.RaisedAt),
            (read.Kind, read.Severity, read.Title, read.Text, read.DedupKey, read.OccurredAt, read.RaisedAt));
        Assert.Equal([("nowhere", 0, DeliveryOutcome.Failed, (int?)null), ("ops", 1, DeliveryOutcome.Retrying, 503), ("ops", 2, DeliveryOutcome.Delivered, 200)],
            read.Attempts.Select(a => (a.Channel, a.Attempt, a.Outcome, a.HttpStatus)));
        Assert.Equal("The receiver answered 503.", read.Attempts[1].Error);
    }

    [Fact]
    public async Task EachFilterKeepsOnlyItsAlertsAndOtherTenantsNeverShow()
    {
        var fired = Entry("rule.fired", AlertSeverity.Warning, AlertStatus.Delivered, Start, [Attempt("ops", 1, DeliveryOutcome.Delivered, 200, null)]) with { RuleId = Rule };
        var test = Entry("channel.test", AlertSeverity.Info, AlertStatus.Failed, Start.AddMinutes(1), [Attempt("mail", 1, DeliveryOutcome.Failed, null, "SMTP")]);
        var suppressed = Entry("rule.fired", AlertSeverity.Warning, AlertStatus.Suppressed, Start.AddMinutes(2), []) with { RuleId = Rule };
        foreach (var alert in new[] { fired, test, suppressed })
        {
            await History.RecordAlertAsync("acme", alert, CancellationToken.None);
        }

        await History.RecordAlertAsync("other", Entry("rule.fired", AlertSeverity.Warning, AlertStatus.Delivered, Start, [Attempt("ops", 1, DeliveryOutcome.Delivered, 200, null)]), CancellationToken.None);

        Assert.Equal([suppressed.AlertId, test.AlertId, fired.AlertId], await IdsAsync(new AlertHistoryQuery()));
        Assert.Equal([suppressed.AlertId, fired.AlertId], await IdsAsync(new AlertHistoryQuery { Severity = AlertSeverity.Warning }));
        Assert.Equal([test.AlertId], await IdsAsync(new AlertHistoryQuery { Kind = "channel.test" }));
        Assert.Equal([fired.AlertId], await IdsAsync(new AlertHistoryQuery { Channel = "ops" }));
        Assert.Equal([suppressed.AlertId], await IdsAsync(new AlertHistoryQuery { Status = AlertStatus.Suppressed }));
        Assert.Equal([suppressed.AlertId, fired.AlertId], await IdsAsync(new AlertHistoryQuery { RuleId = Rule }));
        Assert.Equal([test.AlertId], await IdsAsync(new AlertHistoryQuery { From = Start.AddMinutes(1), To = Start.AddMinutes(2) }));
    }

    [Fact]
    public async Task PagesFollowEachOtherNewestFirstWithoutGapsOrRepeats()
    {
        var ids = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            var alert = Entry("rule.fired", AlertSeverity.Info, AlertStatus.Unrouted, Start.AddSeconds(i), []);
            ids.Insert(0, alert.AlertId);
            await History.RecordAlertAsync("acme", alert, CancellationToken.None);
        }

        var read = new List<Guid>();
        long? before = null;
        var pages = 0;
        do
        {
            var page = await History.QueryAsync("acme", new AlertHistoryQuery { Limit = 3, Before = before }, CancellationToken.None);
            read.AddRange(page.Items.Select(a => a.AlertId));
            before = page.Next;
            pages++;
        }
        while (before is not null);

        Assert.Equal(ids, read);
        Assert.Equal(3, pages);
    }

    [Fact]
    public async Task RecordingTheSameAlertTwiceKeepsOneEntry()
    {
        var alert = Entry("rule.fired", AlertSeverity.Info, AlertStatus.Unrouted, Start, []);

        await History.RecordAlertAsync("acme", alert, CancellationToken.None);
        await History.RecordAlertAsync("acme", alert with { Title = "again" }, CancellationToken.None);

        Assert.Equal("t", Assert.Single((await History.QueryAsync("acme", new AlertHistoryQuery(), CancellationToken.None)).Items).Title);
    }

    protected abstract Task<IAlertHistory> CreateEmptyAsync();

    private async Task<Guid[]> IdsAsync(AlertHistoryQuery query) =>
        [.. (await History.QueryAsync("acme", query, CancellationToken.None)).Items.Select(a => a.AlertId)];

    private static AlertHistoryEntry Entry(string kind, AlertSeverity severity, AlertStatus status, DateTimeOffset raisedAt, IReadOnlyList<AlertDeliveryAttempt> attempts) =>
        new(0, Guid.NewGuid(), kind, severity, "t", "x", $"key-{Guid.NewGuid():N}", raisedAt.AddSeconds(-5), raisedAt, status, null, null, null, attempts);

    private static AlertDeliveryAttempt Attempt(string channel, int attempt, DeliveryOutcome outcome, int? status, string? error) =>
        new(Guid.NewGuid(), channel == "nowhere" ? null : Guid.NewGuid(), channel, attempt, outcome, status, error, 12.5, Start);
}
