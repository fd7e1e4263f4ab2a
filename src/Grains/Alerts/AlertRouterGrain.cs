using GrainMarketing.Automation;
using GrainMarketing.Errors;
using GrainMarketing.Secrets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Alerts;

/// <summary>A tenant's alert channels and deliveries: de-duplicates, routes, persists and hands alerts to the silo's sender.</summary>
/// <remarks>
/// An alert is handed to the sender within the caller's turn, so the first attempt leaves at once; the
/// sender reports each outcome back here, and failures are retried on a grain timer with exponential
/// backoff until the last attempt dead-letters them. Pending deliveries are persisted and a durable
/// reminder reactivates the router while any remain, so they outlive a restart. Channels' URLs and secrets are
/// stored encrypted (<see cref="SecretProtector"/>) and revealed only to answer or send.
/// </remarks>
[GrainType("alert-router")]
public sealed partial class AlertRouterGrain(
    [PersistentState("alerts", StorageNames.Default)] IPersistentState<AlertRouterState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IAlertDeliveryQueue queue,
    IAlertHistory history,
    IOptions<AlertOptions> options,
    SecretProtector secrets,
    ILogger<AlertRouterGrain> logger) : Grain, IAlertRouterGrain, IAlertDeliveryReports, IRemindable
{
    public const string TestKind = "channel.test";

    private const string ResumeReminder = "alerts-pending";

    /// <summary>The shortest timer wait, so a clock that stands still (a test's) cannot spin the timer.</summary>
    private static readonly TimeSpan MinTimerWait = TimeSpan.FromMilliseconds(10);

    private readonly ChannelTestWaiters _tests = new();
    private AlertDeliveries? _deliveries;
    private IGrainTimer? _timer;
    private bool _reminderSet;

    private string Tenant => this.GetPrimaryKeyString();

    private AlertDeliveries Deliveries => _deliveries ??= new AlertDeliveries(state.State, options.Value);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Channels stored before encryption are protected here, so the next write stores them encrypted.
        foreach (var channel in state.State.Channels.Values.ToList())
        {
            state.State.Channels[channel.Id] = channel.Protect(secrets);
        }

        _timer = this.RegisterGrainTimer(_ => SendDueAsync(), new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan)
        {
            Interleave = false,
            KeepAlive = true,
        });
        return SendDueAsync();
    }

    public async Task RaiseAsync(Alert alert)
    {
        var now = clock.GetUtcNow();
        var alertId = Guid.NewGuid();
        if (!AlertDedup.Admit(state.State.LastSent, alert.DedupKey, now, options.Value.DedupWindow))
        {
            LogSuppressed(Tenant, alert.Kind, alert.DedupKey);
            await history.RecordAlertAsync(Tenant, Entry(alertId, alert, now, AlertStatus.Suppressed, []), CancellationToken.None);
            return;
        }

        var route = AlertRouting.Route(alert, state.State.Channels.Values);
        await StartAsync(alertId, alert, route.Channels, [.. route.Unknown.Select(name => Refused(name, null, "No such channel.", now))], options.Value.MaxAttempts, now);
    }

    public async Task ReportAsync(AttemptReport report)
    {
        var now = clock.GetUtcNow();
        if (Deliveries.Apply(report, now) is not { } step)
        {
            LogStaleReport(Tenant, report.DeliveryId, report.Attempt);
            return;
        }

        await state.WriteStateAsync();
        Rearm(now);
        var channel = state.State.Channels[step.Delivery.ChannelId];
        var attempt = new AlertDeliveryAttempt(
            report.DeliveryId, channel.Id, channel.Name, report.Attempt, step.Outcome, report.HttpStatus, report.Error, report.DurationMs, report.StartedAt);
        _tests.Complete(report.DeliveryId, attempt);
        if (step.Outcome == DeliveryOutcome.DeadLettered)
        {
            LogDeadLettered(Tenant, report.DeliveryId, channel.Name, report.Attempt, report.Error);
        }

        await history.RecordAttemptAsync(Tenant, step.Delivery.AlertId, attempt, step.AlertStatus, CancellationToken.None);
    }

    public async Task<AlertChannelTest> TestChannelAsync(Guid id, string actor)
    {
        var channel = Channel(id);
        if (!Deliveries.HasRoom)
        {
            throw new ConflictException($"The tenant has {AlertDeliveries.MaxPending} deliveries pending, the most allowed; try again when they are done.");
        }

        var now = clock.GetUtcNow();
        var alertId = Guid.NewGuid();
        var alert = new Alert(
            TestKind, AlertSeverity.Info, $"Test of alert channel {channel.Name}",
            $"{actor} sent this test to check that GrainMarketing alerts reach this channel.",
            $"{TestKind}:{alertId}", now, [channel.Name]);
        var delivery = (await StartAsync(alertId, alert, [channel], [], maxAttempts: 1, now))[0];
        _tests.Expect(delivery.DeliveryId);
        return new AlertChannelTest(alertId, delivery.DeliveryId);
    }

    public Task<AlertDeliveryAttempt?> WaitForTestAsync(Guid deliveryId, TimeSpan timeout) => _tests.WaitAsync(deliveryId, timeout);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (!Deliveries.IsEmpty)
        {
            await SendDueAsync();
            return;
        }

        if (await this.GetReminder(reminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        _reminderSet = false;
    }

    /// <summary>Persists an alert's deliveries, hands them to the sender and records the alert.</summary>
    /// <remarks>
    /// The write also keeps the de-duplication entry that admitted the alert; the reminder that resumes
    /// deliveries after a restart is set before the alert is recorded with the deliveries refused before
    /// any attempt.
    /// </remarks>
    private async Task<IReadOnlyList<PendingDelivery>> StartAsync(
        Guid alertId, Alert alert, IReadOnlyList<StoredAlertChannel> channels, List<AlertDeliveryAttempt> refused, int maxAttempts, DateTimeOffset now)
    {
        var started = new List<PendingDelivery>();
        foreach (var channel in channels)
        {
            if (Deliveries.HasRoom)
            {
                started.Add(Deliveries.Add(alertId, alert, channel.Id, maxAttempts, now));
            }
            else
            {
                refused.Add(Refused(channel.Name, channel.Id, $"The tenant has {AlertDeliveries.MaxPending} deliveries pending, the most allowed.", now));
            }
        }

        if (started.Count > 0)
        {
            Deliveries.Open(alertId, failed: refused.Count > 0);
        }

        await state.WriteStateAsync();
        foreach (var delivery in started)
        {
            Dispatch(delivery, now);
        }

        Rearm(now);
        if (started.Count > 0 && !_reminderSet)
        {
            await this.RegisterOrUpdateReminder(ResumeReminder, options.Value.ResumePeriod, options.Value.ResumePeriod);
            _reminderSet = true;
        }

        var status = started.Count > 0 ? AlertStatus.Pending : refused.Count > 0 ? AlertStatus.Failed : AlertStatus.Unrouted;
        await history.RecordAlertAsync(Tenant, Entry(alertId, alert, now, status, refused), CancellationToken.None);
        return started;
    }

    /// <summary>Hands every due delivery to the sender (the first attempts of a new alert never wait for this).</summary>
    private Task SendDueAsync()
    {
        var now = clock.GetUtcNow();
        foreach (var delivery in Deliveries.Due(now))
        {
            Dispatch(delivery, now);
        }

        Rearm(now);
        return Task.CompletedTask;
    }

    private void Dispatch(PendingDelivery delivery, DateTimeOffset now)
    {
        var job = new DeliveryJob(Tenant, delivery.AlertId, delivery.DeliveryId, delivery.Attempts + 1, delivery.Alert,
            state.State.Channels[delivery.ChannelId].Reveal(secrets));
        if (queue.TryEnqueue(job))
        {
            Deliveries.MarkOut(delivery.DeliveryId, now);
        }
        else
        {
            Deliveries.Postpone(delivery.DeliveryId, now);
        }
    }

    /// <summary>Sets the timer for the next due delivery, or stops it when none is pending.</summary>
    private void Rearm(DateTimeOffset now)
    {
        var wait = Deliveries.NextDue() is { } due ? (due - now < MinTimerWait ? MinTimerWait : due - now) : Timeout.InfiniteTimeSpan;
        _timer?.Change(wait, Timeout.InfiniteTimeSpan);
    }

    private static AlertDeliveryAttempt Refused(string channel, Guid? channelId, string reason, DateTimeOffset now) =>
        new(Guid.NewGuid(), channelId, channel, 0, DeliveryOutcome.Failed, null, reason, 0, now);

    private static AlertHistoryEntry Entry(Guid alertId, Alert alert, DateTimeOffset now, AlertStatus status, IReadOnlyList<AlertDeliveryAttempt> attempts) =>
        new(0, alertId, alert.Kind, alert.Severity, alert.Title, alert.Text, alert.DedupKey, alert.OccurredAt, now, status, alert.RuleId, alert.Target, alert.Fields, attempts);
}
