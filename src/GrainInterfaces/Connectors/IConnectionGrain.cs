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
    Task<Connection> SelectAccountsAsync(IReadOnlyList<string> accountIds, string actor);

    /// <summary>Forgets the grant and the connection.</summary>
    Task DisconnectAsync();
}
