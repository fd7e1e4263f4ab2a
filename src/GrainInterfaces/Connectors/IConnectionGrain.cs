using Orleans.Concurrency;

namespace GrainMarketing.Connectors;

/// <summary>One tenant's connection to one ad platform (key <c>{tenant}/{connectionId}</c>): its grant, encrypted, and the accounts it can see.</summary>
public interface IConnectionGrain : IGrainWithStringKey
{
    /// <summary>Connects with the given token, or starts the authorization-code flow and answers where to send the person.</summary>
    /// <param name="callback">Our callback as the platform must send the person back to it (the API host's public address).</param>
    Task<Connection> StartAsync(ConnectionRequest request, string actor, Uri callback);

    /// <summary>Completes the flow with the code the platform sent to the callback; refuses a state that is not this connection's pending one.</summary>
    Task<Connection> CompleteAsync(string code, string state);

    /// <summary>Starts a new consent for an existing connection (after <see cref="ConnectionStatus.NeedsReauth"/>, or to see new accounts); the selection stays.</summary>
    Task<Connection> ReauthorizeAsync(Uri callback);

    /// <summary>The connection, or null when there is none.</summary>
    [ReadOnly]
    Task<Connection?> GetAsync();

    /// <summary>Chooses which of the visible accounts sync; an id the grant cannot see is refused.</summary>
    /// <param name="backfillDays">Days of history a newly selected account pulls (null: <c>Connectors:BackfillDays</c>).</param>
    Task<Connection> SelectAccountsAsync(IReadOnlyList<string> accountIds, string actor, int? backfillDays = null);

    /// <summary>Each selected account's sync status.</summary>
    [ReadOnly]
    Task<IReadOnlyList<AccountSync>> SyncsAsync();

    /// <summary>Pulls every selected account now (accounts the platform asked to wait keep waiting); with <paramref name="restatement"/> each re-reads its restatement window.</summary>
    Task<IReadOnlyList<AccountSync>> SyncNowAsync(bool restatement);

    /// <summary>The token and switches for one selected account, for the account's grains inside the silo; the token is null, and the problem says why, when the connection cannot be used.</summary>
    /// <remarks>Interleaves: an account grain asks it in the middle of a pull while the connection may be calling that account.</remarks>
    [AlwaysInterleave]
    Task<AccountAccess> AccessAsync(string accountId);

    /// <summary>The platform refused the grant during a pull or a push: the connection needs a new consent, and the admins are told.</summary>
    /// <remarks>One-way, so an account grain never waits on its connection while the connection may be waiting on it.</remarks>
    [OneWay]
    Task GrantRefusedAsync(string problem);

    /// <summary>Forgets the grant and the connection.</summary>
    Task DisconnectAsync();
}
