using GrainMarketing.Alerts;
using GrainMarketing.Automation;
using Orleans.Core.Internal;

namespace GrainMarketing.GrainTests.Alerts;

/// <summary>The router on a two-silo cluster, with scripted receivers and the fixture's fake domain clock.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AlertRouterGrainTests(ClusterFixture fixture)
{
    private ScriptedTransport Receivers => fixture.AlertReceivers;

    private RecordingAlertHistory History => fixture.AlertHistory;

    [Fact]
    public async Task RaiseReturnsWhileASlowReceiverStillHoldsTheFirstAttempt()
    {
        var (tenant, router) = NewRouter();
        await router.CreateChannelAsync(Webhook("slow", "https://slow.test/hook"), "ana@example.com");
        Receivers.CloseGate();

        await router.RaiseAsync(NewAlert("cpa-high"));

        var job = await Receivers.NextAsync(tenant);
        Assert.Equal((1, "slow"), (job.Attempt, job.Channel.Name));
        Assert.Equal(AlertStatus.Pending, (await HistoryAsync(tenant)).Single().Status);
        Assert.Single(await router.ListChannelsAsync());

        Receivers.Gate.SetResult();
        var attempt = await History.NextAttemptAsync(tenant);
        Assert.Equal((DeliveryOutcome.Delivered, 200), (attempt.Outcome, attempt.HttpStatus));
        Assert.Equal(AlertStatus.Delivered, (await HistoryAsync(tenant)).Single().Status);
    }

    [Fact]
    public async Task AFailingReceiverIsRetriedAfterDoublingWaitsAndDeliveredOnTheThirdAttempt()
    {
        var (tenant, router) = NewRouter();
        await router.CreateChannelAsync(Webhook("flaky", "https://fail-twice.test/hook"), "ana@example.com");

        await router.RaiseAsync(NewAlert("cpa-high"));

        var first = await History.NextAttemptAsync(tenant);
        fixture.Clock.Advance(ClusterFixture.AlertRetryBase);
        var second = await History.NextAttemptAsync(tenant);
        fixture.Clock.Advance(ClusterFixture.AlertRetryBase * 2);
        var third = await History.NextAttemptAsync(tenant);

        Assert.Equal(
            [(1, DeliveryOutcome.Retrying, (int?)503), (2, DeliveryOutcome.Retrying, 503), (3, DeliveryOutcome.Delivered, 200)],
            new[] { first, second, third }.Select(a => (a.Attempt, a.Outcome, a.HttpStatus)));
        var alert = (await HistoryAsync(tenant)).Single();
        Assert.Equal((AlertStatus.Delivered, 3), (alert.Status, alert.Attempts.Count));
        Assert.Equal([1, 2, 3], (await StartedAsync(tenant, 3)).Select(j => j.Attempt));
    }

    [Fact]
    public async Task AReceiverThatAlwaysFailsIsDeadLetteredAfterTheLastAttempt()
    {
        var (tenant, router) = NewRouter();
        await router.CreateChannelAsync(Webhook("down", "https://down.test/hook"), "ana@example.com");

        await router.RaiseAsync(NewAlert("cpa-high"));
        await History.NextAttemptAsync(tenant);
        fixture.Clock.Advance(ClusterFixture.AlertRetryBase);
        await History.NextAttemptAsync(tenant);
        fixture.Clock.Advance(ClusterFixture.AlertRetryBase * 2);
        var last = await History.NextAttemptAsync(tenant);

        Assert.Equal((3, DeliveryOutcome.DeadLettered), (last.Attempt, last.Outcome));
        Assert.Equal(AlertStatus.Failed, (await HistoryAsync(tenant)).Single().Status);
    }

    [Fact]
    public async Task TheSameAlertWithinTheWindowIsSuppressedAndSentAgainAfterIt()
    {
        var (tenant, router) = NewRouter();
        await router.CreateChannelAsync(Webhook("ops", "https://ok.test/hook"), "ana@example.com");

        await router.RaiseAsync(NewAlert("cpa-high"));
        await router.RaiseAsync(NewAlert("cpa-high"));
        await router.RaiseAsync(NewAlert("cpc-high"));
        fixture.Clock.Advance(TimeSpan.FromHours(1));
        await router.RaiseAsync(NewAlert("cpa-high"));
        var started = await StartedAsync(tenant, 3);
        await History.NextAttemptAsync(tenant);
        await History.NextAttemptAsync(tenant);
        await History.NextAttemptAsync(tenant);

        Assert.Equal(
            [("cpa-high", AlertStatus.Delivered), ("cpa-high", AlertStatus.Suppressed), ("cpc-high", AlertStatus.Delivered), ("cpa-high", AlertStatus.Delivered)],
            (await HistoryAsync(tenant)).Select(a => (a.DedupKey, a.Status)));
        Assert.Equal(["cpa-high", "cpc-high", "cpa-high"], started.Select(j => j.Alert.DedupKey));
        Assert.False(Receivers.AnyStarted(tenant));
    }

    [Fact]
    public async Task RoutingBySeverityAndNameRecordsAnUnknownChannelAsAFailedDelivery()
    {
        var (tenant, router) = NewRouter();
        await router.CreateChannelAsync(Webhook("ops", "https://ok.test/ops") with { MinSeverity = AlertSeverity.Warning }, "ana@example.com");
        await router.CreateChannelAsync(Webhook("pager", "https://ok.test/pager") with { MinSeverity = AlertSeverity.Critical }, "ana@example.com");

        await router.RaiseAsync(NewAlert("info") with { Severity = AlertSeverity.Info });
        await router.RaiseAsync(NewAlert("named") with { Channels = ["pager", "ops", "nowhere"] });
        await History.NextAttemptAsync(tenant);

        var history = await HistoryAsync(tenant);
        Assert.Equal([("info", AlertStatus.Unrouted), ("named", AlertStatus.Failed)], history.Select(a => (a.DedupKey, a.Status)));
        Assert.Equal([("nowhere", 0, DeliveryOutcome.Failed, "No such channel."), ("ops", 1, DeliveryOutcome.Delivered, null)],
            history[1].Attempts.Select(a => (a.Channel, a.Attempt, a.Outcome, a.Error)));
    }

    [Fact]
    public async Task PendingRetriesOutliveADeactivationAndResumeOnTheNextActivation()
    {
        var (tenant, router) = NewRouter();
        await router.CreateChannelAsync(Webhook("flaky", "https://fail-twice.test/hook"), "ana@example.com");
        await router.RaiseAsync(NewAlert("cpa-high"));
        Assert.Equal(1, (await History.NextAttemptAsync(tenant)).Attempt);

        await router.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        fixture.Clock.Advance(ClusterFixture.AlertRetryBase);
        await router.ListChannelsAsync();

        Assert.Equal(2, (await History.NextAttemptAsync(tenant)).Attempt);
        Assert.NotNull(await fixture.Reminders.ReadRow(router.GetGrainId(), "alerts-pending"));
    }

    [Fact]
    public async Task AChannelTestSendsOneAttemptAndAnswersItsOutcome()
    {
        var (tenant, router) = NewRouter();
        var ok = await router.CreateChannelAsync(Webhook("ops", "https://ok.test/hook") with { Enabled = false }, "ana@example.com");
        var down = await router.CreateChannelAsync(Webhook("down", "https://down.test/hook"), "ana@example.com");

        var passed = await router.WaitForTestAsync((await router.TestChannelAsync(ok.Channel.Id, "ana@example.com")).DeliveryId, TimeSpan.FromSeconds(10));
        var failed = await router.WaitForTestAsync((await router.TestChannelAsync(down.Channel.Id, "ana@example.com")).DeliveryId, TimeSpan.FromSeconds(10));

        Assert.Equal((DeliveryOutcome.Delivered, "ops"), (passed!.Outcome, passed.Channel));
        Assert.Equal((DeliveryOutcome.Failed, 1, 503), (failed!.Outcome, failed.Attempt, failed.HttpStatus));
        Assert.Equal([AlertStatus.Delivered, AlertStatus.Failed], (await HistoryAsync(tenant)).Select(a => a.Status));
        Assert.All(await HistoryAsync(tenant), a => Assert.Equal(AlertRouterGrain.TestKind, a.Kind));
    }

    private async Task<IReadOnlyList<AlertHistoryEntry>> HistoryAsync(string tenant) =>
        [.. (await fixture.Client.GetGrain<IAlertHistoryGrain>(tenant).QueryAsync(new AlertHistoryQuery())).Items.Reverse()];

    private async Task<List<DeliveryJob>> StartedAsync(string tenant, int count)
    {
        var jobs = new List<DeliveryJob>();
        for (var i = 0; i < count; i++)
        {
            jobs.Add(await Receivers.NextAsync(tenant));
        }

        return jobs;
    }

    private (string Tenant, IAlertRouterGrain Router) NewRouter()
    {
        var tenant = $"alerts-{Guid.NewGuid():N}";
        return (tenant, fixture.Client.GetGrain<IAlertRouterGrain>(tenant));
    }

    private Alert NewAlert(string key) =>
        new("rule.fired", AlertSeverity.Error, "CPA above 40", "CPA 52.10 over 3d", key, fixture.Clock.GetUtcNow(), RuleId: Guid.NewGuid(), Target: "meta:916");

    private static AlertChannelDefinition Webhook(string name, string url) => new(name, AlertChannelType.Webhook, Url: url);
}
