using GrainMarketing.Alerts;
using GrainMarketing.Automation;
using GrainMarketing.Connectors.Platforms;
using GrainMarketing.Errors;
using GrainMarketing.Secrets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Connectors;

/// <summary>One tenant's connection to one platform (key <c>{tenant}/{connectionId}</c>): the authorization flow, the grant kept encrypted and renewed before it expires, and the accounts it can see.</summary>
/// <remarks>
/// A renewal is due <see cref="ConnectorOptions.RefreshAhead"/> before the token expires: a grain timer fires then while
/// the grain is active, and a durable reminder checks at least every <see cref="RefreshCheck"/> so a restart cannot miss
/// it. A grant the platform refuses, or one that cannot be renewed and is about to lapse, turns the connection
/// <see cref="ConnectionStatus.NeedsReauth"/> and raises <c>connection.needsReauth</c> through the tenant's alert router.
/// </remarks>
[GrainType("connection")]
public sealed partial class ConnectionGrain(
    [PersistentState("connection", StorageNames.Default)] IPersistentState<ConnectionState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    PlatformAuths platforms,
    SecretProtector secrets,
    IOptions<ConnectorOptions> options,
    ILogger<ConnectionGrain> logger) : Grain, IConnectionGrain, IRemindable
{
    public static readonly TimeSpan RefreshCheck = TimeSpan.FromMinutes(5);

    private const string RefreshReminder = "connection-refresh";

    private IGrainTimer? _refreshTimer;

    private string Tenant => this.GetPrimaryKeyString()[..this.GetPrimaryKeyString().LastIndexOf('/')];

    private Guid Id => Guid.Parse(this.GetPrimaryKeyString()[(this.GetPrimaryKeyString().LastIndexOf('/') + 1)..]);

    private ConnectionState State => state.State;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        ScheduleRefresh();
        return Task.CompletedTask;
    }

    public async Task<Connection> StartAsync(ConnectionRequest request, string actor, Uri callback)
    {
        if (State.Exists)
        {
            throw new ConflictException($"Connection {Id} exists.");
        }

        var auth = platforms.For(request.Platform);
        var grant = request switch
        {
            { AccessToken: { } token } => new TokenGrant(token, null, null),
            { RefreshToken: { } refresh } => await PlatformAsync(() => auth.RefreshAsync(new TokenGrant("", refresh, null), CancellationToken.None), "refreshToken"),
            _ => null,
        };
        var accounts = grant is null ? null : await AccountsAsync(auth, grant.AccessToken, request.AccessToken is null ? "refreshToken" : "accessToken");
        await GrainFactory.GetGrain<IConnectionBookGrain>(Tenant).AddAsync(Id);
        (State.Exists, State.Platform, State.Name, State.CreatedAt, State.CreatedBy, State.WriteBack, State.DryRun) =
            (true, request.Platform, request.Name, clock.GetUtcNow(), actor, request.WriteBack, request.DryRun);
        if (grant is not null)
        {
            await ConnectAsync(grant, accounts!);
        }
        else
        {
            await BeginAuthorizationAsync(auth, callback);
        }

        return State.ToConnection(Id);
    }

    public async Task<Connection> CompleteAsync(string code, string stateValue)
    {
        if (State.Status != ConnectionStatus.Authorizing || State.PendingStateKey != OAuthStateKey.For(stateValue) || State.PendingUntil < clock.GetUtcNow())
        {
            throw new ConflictException("This authorization is not pending: start the connection again.");
        }

        var auth = platforms.For(State.Platform);
        var grant = await PlatformAsync(() => auth.ExchangeAsync(code, secrets.Reveal(State.PendingVerifier)!, State.PendingCallback!, CancellationToken.None), "code");
        var accounts = await AccountsAsync(auth, grant.AccessToken, "code");
        (State.PendingStateKey, State.PendingVerifier, State.PendingUntil, State.AuthorizationUrl, State.PendingCallback) = (null, null, null, null, null);
        await ConnectAsync(grant, accounts);
        return State.ToConnection(Id);
    }

    public async Task<Connection> ReauthorizeAsync(Uri callback)
    {
        if (!State.Exists)
        {
            throw new NotFoundException("connection", Id.ToString());
        }

        await BeginAuthorizationAsync(platforms.For(State.Platform), callback);
        return State.ToConnection(Id);
    }

    public Task<Connection?> GetAsync() => Task.FromResult(State.Exists ? State.ToConnection(Id) : null);

    public async Task<Connection> SelectAccountsAsync(IReadOnlyList<string> accountIds, string actor, int? backfillDays = null)
    {
        var unknown = accountIds.Where(id => State.Accounts.All(a => a.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                ["accountIds"] = [.. unknown.Select(id => $"'{id}' is not an account this connection can see.")],
            });
        }

        var before = State.Accounts.Where(a => a.Selected).Select(a => a.Id).ToHashSet();
        State.Accounts = [.. State.Accounts.Select(a => a with { Selected = accountIds.Contains(a.Id) })];
        await state.WriteStateAsync();
        foreach (var account in State.Accounts.Where(a => a.Selected != before.Contains(a.Id)))
        {
            var sync = Sync(account.Id);
            await (account.Selected ? sync.StartAsync(State.Platform, account, backfillDays ?? options.Value.BackfillDays) : sync.StopAsync());
        }

        return State.ToConnection(Id);
    }

    public async Task<IReadOnlyList<AccountSync>> SyncsAsync() =>
        [.. (await Task.WhenAll(State.Accounts.Where(a => a.Selected).Select(a => Sync(a.Id).GetAsync()))).OfType<AccountSync>()];

    public async Task<IReadOnlyList<AccountSync>> SyncNowAsync(bool restatement)
    {
        if (State.Status != ConnectionStatus.Active)
        {
            throw new ConflictException($"The connection is {EnumNames.Camel(State.Status)}: it cannot pull until an admin connects it again.");
        }

        return await Task.WhenAll(State.Accounts.Where(a => a.Selected).Select(a => Sync(a.Id).SyncNowAsync(restatement)));
    }

    public Task<AccountAccess> AccessAsync(string accountId)
    {
        var account = State.Accounts.FirstOrDefault(a => a.Id == accountId && a.Selected);
        var problem = (State.Exists, State.Status, account) switch
        {
            (false, _, _) => "The connection was removed.",
            (_, _, null) => $"Account {accountId} is not selected on this connection.",
            (_, ConnectionStatus.Active, _) => null,
            (_, ConnectionStatus.Authorizing, _) => "The connection is waiting for consent at the platform.",
            _ => $"The connection needs an admin to connect it again: {State.Problem}",
        };
        return Task.FromResult(new AccountAccess(State.Platform, account ?? new ConnectedAccount(accountId, "", null, null, false),
            problem is null ? secrets.Reveal(State.AccessToken) : null, State.WriteBack, State.DryRun, problem));
    }

    public Task GrantRefusedAsync(string problem) =>
        State.Status == ConnectionStatus.Active ? NeedsReauthAsync(problem) : Task.CompletedTask;

    public async Task DisconnectAsync()
    {
        await Task.WhenAll(State.Accounts.Where(a => a.Selected).Select(a => Sync(a.Id).StopAsync()));
        await GrainFactory.GetGrain<IConnectionBookGrain>(Tenant).RemoveAsync(Id);
        if (await this.GetReminder(RefreshReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        await state.ClearStateAsync();
        DeactivateOnIdle();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => RefreshIfDueAsync();

    private IAccountSyncGrain Sync(string accountId) => GrainFactory.GetGrain<IAccountSyncGrain>(new AccountRef(Id, accountId).Key(Tenant));

    private async Task BeginAuthorizationAsync(IPlatformAuth auth, Uri callback)
    {
        var (stateValue, verifier) = (Pkce.NewState(), Pkce.NewVerifier());
        var until = clock.GetUtcNow() + options.Value.AuthorizationTimeout;
        (State.Status, State.PendingStateKey, State.PendingVerifier, State.PendingUntil, State.PendingCallback) =
            (ConnectionStatus.Authorizing, OAuthStateKey.For(stateValue), secrets.Protect(verifier), until, callback);
        State.AuthorizationUrl = auth.AuthorizationUrl(stateValue, Pkce.Challenge(verifier), callback).ToString();
        await GrainFactory.GetGrain<IOAuthStateGrain>(OAuthStateKey.For(stateValue)).RememberAsync(new OAuthPending(Tenant, Id, until));
        await state.WriteStateAsync();
    }

    /// <summary>Stores a grant the platform accepted and the accounts it sees, keeping the earlier selection.</summary>
    private async Task ConnectAsync(TokenGrant grant, IReadOnlyList<ConnectedAccount> accounts)
    {
        var selected = State.Accounts.Where(a => a.Selected).Select(a => a.Id).ToHashSet();
        State.Accounts = [.. accounts.Select(a => a with { Selected = selected.Contains(a.Id) })];
        Store(grant);
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(RefreshReminder, RefreshCheck, RefreshCheck);
        ScheduleRefresh();
        LogConnected(Tenant, Id, State.Platform, accounts.Count);
    }

    private static Task<IReadOnlyList<ConnectedAccount>> AccountsAsync(IPlatformAuth auth, string token, string field) =>
        PlatformAsync(() => auth.AccountsAsync(token, CancellationToken.None), field);

    /// <summary>A platform call whose refusal names <paramref name="field"/> (400) and whose failure is a 502; nothing is stored either way.</summary>
    private static async Task<T> PlatformAsync<T>(Func<Task<T>> call, string field)
    {
        try
        {
            return await call();
        }
        catch (GrantRefusedException refused)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { [field] = [$"The platform refused it: {refused.Message}"] });
        }
        catch (Exception failure) when (failure is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new PlatformUnavailableException($"The platform did not answer usefully: {failure.Message}");
        }
    }

    private void Store(TokenGrant grant) =>
        (State.Status, State.Problem, State.AccessToken, State.RefreshToken, State.TokenExpiresAt) =
            (ConnectionStatus.Active, null, secrets.Protect(grant.AccessToken), secrets.Protect(grant.RefreshToken), grant.ExpiresAt);

    private void ScheduleRefresh()
    {
        _refreshTimer?.Dispose();
        _refreshTimer = null;
        if (State is { Status: ConnectionStatus.Active, TokenExpiresAt: { } expires })
        {
            // Only renewals due before the reminder's next check get a timer: the reminder catches the rest (and a
            // timer cannot wait the 60 days a Meta token lives).
            var due = expires - options.Value.RefreshAhead - clock.GetUtcNow();
            if (due < RefreshCheck)
            {
                var timing = new GrainTimerCreationOptions(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = false };
                _refreshTimer = this.RegisterGrainTimer(_ => RefreshIfDueAsync(), timing);
            }
        }
    }

    /// <summary>Renews the grant when it is due; a refusal, or a lapsing grant that cannot renew, asks a person.</summary>
    private async Task RefreshIfDueAsync()
    {
        if (State is not { Status: ConnectionStatus.Active, TokenExpiresAt: { } expires })
        {
            return;
        }

        if (expires - options.Value.RefreshAhead > clock.GetUtcNow())
        {
            // A timer may fire a moment early: arm it again rather than lose the renewal until the reminder's check.
            ScheduleRefresh();
            return;
        }

        if (secrets.Reveal(State.RefreshToken) is not { } refresh)
        {
            await NeedsReauthAsync($"The {EnumNames.Camel(State.Platform)} token expires at {expires:u} and cannot be renewed without a new consent.");
            return;
        }

        try
        {
            Store(await platforms.For(State.Platform).RefreshAsync(new TokenGrant(secrets.Reveal(State.AccessToken)!, refresh, expires), CancellationToken.None));
            await state.WriteStateAsync();
            ScheduleRefresh();
        }
        catch (GrantRefusedException refused)
        {
            await NeedsReauthAsync(refused.Message);
        }
    }

    private async Task NeedsReauthAsync(string problem)
    {
        (State.Status, State.Problem) = (ConnectionStatus.NeedsReauth, problem);
        await state.WriteStateAsync();
        LogNeedsReauth(Tenant, Id, State.Platform);
        var now = clock.GetUtcNow();
        await GrainFactory.GetGrain<IAlertRouterGrain>(Tenant).RaiseAsync(new Alert("connection.needsReauth", AlertSeverity.Error,
            $"Reconnect {State.Name}", $"The {EnumNames.Camel(State.Platform)} connection '{State.Name}' needs an admin to connect it again: {problem}",
            $"connection.needsReauth:{Id}", now, Target: $"connection/{Id}"));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {Tenant} connected {Platform} ({Connection}): {Accounts} accounts visible")]
    private partial void LogConnected(string tenant, Guid connection, Metrics.AdPlatform platform, int accounts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {Tenant}'s {Platform} connection {Connection} needs a new consent")]
    private partial void LogNeedsReauth(string tenant, Guid connection, Metrics.AdPlatform platform);
}
