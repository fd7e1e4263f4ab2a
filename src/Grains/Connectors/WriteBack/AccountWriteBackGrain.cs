using GrainMarketing.Audit;
using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Connectors.WriteBack;

/// <summary>Pushes one connected account's pending platform changes (key <c>{tenant}/{connectionId}/{accountId}</c>) and records each one's state on its campaign.</summary>
/// <remarks>
/// A campaign stores its change pending, then hints this grain (<see cref="PushSoonAsync"/>) through the router; the
/// push runs on a grain timer, never in the hint's turn. A durable reminder every <see cref="ConnectorOptions.WriteBackCheck"/>
/// looks at every campaign the account's index lists, so a lost hint, a restart between "sent" and "confirmed", or a
/// change told to wait is caught. Each change is recorded <c>sent</c> on its campaign before it goes out, then
/// <c>confirmed</c> (read back with the value), <c>failed</c> (the platform's words) or <c>pending</c> with a time to try
/// again (throttled, unreachable, or over Meta's budget-change limit, which is kept here). Write-back off leaves changes
/// pending for a person; a dry-run connection records what would have been sent and sends nothing.
/// </remarks>
[GrainType("account-write-back")]
public sealed partial class AccountWriteBackGrain(
    [PersistentState("writeBack", StorageNames.Default)] IPersistentState<WriteBackState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    PlatformWriters writers,
    IAuditLog audit,
    IOptions<ConnectorOptions> options,
    ILogger<AccountWriteBackGrain> logger) : Grain, IAccountWriteBackGrain, IRemindable
{
    /// <summary>What a change says while its connection's write-back is off.</summary>
    public const string WriteBackOff = "Write-back is off on this connection: apply the change at the platform by hand.";

    private const string CheckReminder = "write-back-check";

    /// <summary>Campaigns to look at on the next push: hinted ones, and those whose wait is over.</summary>
    private readonly HashSet<string> _due = new(StringComparer.Ordinal);

    /// <summary>Campaigns with a change told to wait, and until when.</summary>
    private readonly Dictionary<string, DateTimeOffset> _waiting = new(StringComparer.Ordinal);

    private IGrainTimer _timer = null!;
    private string _tenant = "";
    private AccountRef _account = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        var accountAt = key.LastIndexOf('/');
        var connectionAt = key.LastIndexOf('/', accountAt - 1);
        (_tenant, _account) = (key[..connectionAt], new AccountRef(Guid.Parse(key[(connectionAt + 1)..accountAt]), key[(accountAt + 1)..]));
        _timer = this.RegisterGrainTimer(PushAsync, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { Interleave = false });
        if (await this.GetReminder(CheckReminder) is null)
        {
            await this.RegisterOrUpdateReminder(CheckReminder, options.Value.WriteBackCheck, options.Value.WriteBackCheck);
        }
    }

    public Task PushSoonAsync(string campaignId)
    {
        _due.Add(campaignId);
        _timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    /// <summary>Activation registers the reminder; nothing else to do.</summary>
    public Task WatchAsync() => Task.CompletedTask;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var index = GrainFactory.GetGrain<IPlatformAccountIndexGrain>(PlatformAccountIndexKey.For(_tenant, (await AccessAsync()).Platform));
        _due.UnionWith(await index.CampaignsAsync(_account));
        await PushAsync(CancellationToken.None);
    }

    private Task<AccountAccess> AccessAsync() =>
        GrainFactory.GetGrain<IConnectionGrain>($"{_tenant}/{_account.ConnectionId}").AccessAsync(_account.AccountId);

    /// <summary>Pushes the due campaigns' changes, then arms the timer for the next wait that ends.</summary>
    private async Task PushAsync(CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        foreach (var campaign in _waiting.Where(w => w.Value <= now).Select(w => w.Key).ToList())
        {
            _waiting.Remove(campaign);
            _due.Add(campaign);
        }

        var due = _due.ToList();
        _due.Clear();
        if (due.Count > 0)
        {
            await PushAsync(due, await AccessAsync(), cancellation);
        }

        if (_waiting.Count > 0)
        {
            var next = _waiting.Values.Min() - clock.GetUtcNow();
            _timer.Change(next > TimeSpan.Zero ? next : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task PushAsync(IReadOnlyList<string> campaigns, AccountAccess access, CancellationToken cancellation)
    {
        if (access.Problem is not null || access.AccessToken is null)
        {
            LogCannotPush(_tenant, _account.ConnectionId, _account.AccountId, access.Problem);
            if (access.Problem == "The connection was removed." && await this.GetReminder(CheckReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            return;
        }

        var writer = writers.For(access.Platform, _account.AccountId);
        foreach (var campaignId in campaigns)
        {
            var campaign = GrainFactory.GetGrain<ICampaignGrain>(new CampaignKey(_tenant, access.Platform, campaignId).ToString());
            CampaignAutomation automation;
            try
            {
                automation = await campaign.GetAutomationAsync();
            }
            catch (NotFoundException)
            {
                continue;
            }

            foreach (var change in automation.PendingChanges.Where(c => Due(c, clock.GetUtcNow())))
            {
                if (!access.WriteBack && !access.DryRun)
                {
                    // A person applies it: it stays pending, saying so once.
                    if (change.Reason != WriteBackOff)
                    {
                        await RecordAsync(campaign, change with { Reason = WriteBackOff, UpdatedAt = clock.GetUtcNow() });
                    }

                    continue;
                }

                if (writer is null)
                {
                    LogCannotPush(_tenant, _account.ConnectionId, _account.AccountId, $"No {access.Platform} endpoints are configured here.");
                    return;
                }

                if (!await PushAsync(campaign, campaignId, change, writer, access, cancellation))
                {
                    return;
                }
            }
        }
    }

    /// <summary>A change not yet pushed, whose wait is over, or one sent but never confirmed (a restart came between).</summary>
    private static bool Due(PendingPlatformChange change, DateTimeOffset now) =>
        change.State == PlatformChangeState.Sent || (change.State == PlatformChangeState.Pending && (change.RetryAt is null || change.RetryAt <= now));

    /// <summary>Pushes one change and records each step; false when the grant was refused and nothing more can be pushed.</summary>
    private async Task<bool> PushAsync(ICampaignGrain campaign, string campaignId, PendingPlatformChange change, IPlatformWriter writer, AccountAccess access, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        var (parsed, problem) = PlatformChange.Read(change, access.Account.Currency);
        if (parsed is null)
        {
            await RecordAsync(campaign, change with { State = PlatformChangeState.Failed, Reason = problem, RetryAt = null, UpdatedAt = now });
            return true;
        }

        var form = writer.Describe(parsed);
        if (access.DryRun)
        {
            await RecordAsync(campaign, change with { State = PlatformChangeState.DryRun, Sent = form, Reason = "A dry-run connection: nothing was sent.", RetryAt = null, UpdatedAt = now });
            return true;
        }

        var limit = BudgetChangeLimit.Meta(state.State.BudgetChanges);
        if (writer.Limited(parsed) && limit.NextAllowed(parsed.EntityId, now) is var allowed && allowed > now)
        {
            await WaitAsync(campaign, campaignId, change, form, allowed, $"The platform allows 4 budget changes an hour here: sent after {allowed:u}.");
            return true;
        }

        var sent = change with { State = PlatformChangeState.Sent, Sent = form, Reason = null, RetryAt = null, UpdatedAt = now };
        if (!await RecordAsync(campaign, sent))
        {
            return true;
        }

        if (writer.Limited(parsed))
        {
            limit.Record(parsed.EntityId, now);
            await state.WriteStateAsync(cancellation);
        }

        var outcome = await TryPushAsync(writer, parsed, access.AccessToken!, cancellation);
        var at = clock.GetUtcNow();
        switch (outcome.Result)
        {
            case WriteResult.Confirmed:
                await RecordAsync(campaign, sent with { State = PlatformChangeState.Confirmed, UpdatedAt = at });
                return true;
            case WriteResult.Failed:
                await RecordAsync(campaign, sent with { State = PlatformChangeState.Failed, Reason = outcome.Reason, UpdatedAt = at });
                return true;
            case WriteResult.Wait:
                await WaitAsync(campaign, campaignId, change, form, at + outcome.Wait, $"The platform asked to wait: {outcome.Reason}");
                return true;
            default:
                await GrainFactory.GetGrain<IConnectionGrain>($"{_tenant}/{_account.ConnectionId}").GrantRefusedAsync(outcome.Reason!);
                await RecordAsync(campaign, change with { State = PlatformChangeState.Pending, Sent = form, Reason = $"The platform refused the connection's grant: {outcome.Reason}", UpdatedAt = at });
                return false;
        }
    }

    private async Task<WriteOutcome> TryPushAsync(IPlatformWriter writer, PlatformChange change, string token, CancellationToken cancellation)
    {
        try
        {
            return await writer.PushAsync(change, token, cancellation);
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException)
        {
            return WriteOutcome.Later(TimeSpan.FromMinutes(1), $"The platform did not answer: {failure.Message}");
        }
        catch (Exception failure) when (failure is System.Text.Json.JsonException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            // An answer in a shape we do not read: trying again would send the same change blind.
            return WriteOutcome.Failed($"The platform's answer could not be read: {failure.Message}");
        }
    }

    private async Task WaitAsync(ICampaignGrain campaign, string campaignId, PendingPlatformChange change, string form, DateTimeOffset until, string reason)
    {
        await RecordAsync(campaign, change with { State = PlatformChangeState.Pending, Sent = form, Reason = reason, RetryAt = until, UpdatedAt = clock.GetUtcNow() });
        _waiting[campaignId] = _waiting.TryGetValue(campaignId, out var earlier) && earlier < until ? earlier : until;
    }

    /// <summary>Records the step on the campaign and, when it is sent, confirmed, failed or a dry run, in the audit trail; false when a newer change replaced it.</summary>
    private async Task<bool> RecordAsync(ICampaignGrain campaign, PendingPlatformChange change)
    {
        if (!await campaign.RecordPlatformChangeAsync(change))
        {
            return false;
        }

        if (change.State != PlatformChangeState.Pending)
        {
            await audit.RecordAsync(WriteBackAudit.Entry(_tenant, _account.ConnectionId, change, change.UpdatedAt ?? clock.GetUtcNow()), CancellationToken.None);
        }

        LogRecorded(_tenant, change.Target, change.Field, change.State, change.Reason);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {Tenant}: {Target} {Field} is {State} on the platform ({Reason})")]
    private partial void LogRecorded(string tenant, string target, string field, PlatformChangeState state, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {Tenant}: connection {Connection} account {Account} cannot push changes: {Problem}")]
    private partial void LogCannotPush(string tenant, Guid connection, string account, string? problem);
}
