using GrainMarketing.Metrics;

namespace GrainMarketing.Connectors;

/// <summary>A connection as the API shows it: never a token.</summary>
/// <param name="AuthorizationUrl">While <see cref="ConnectionStatus.Authorizing"/>: where to send the person to consent.</param>
/// <param name="TokenExpiresAt">When the access token expires (null: it does not, as system-user tokens).</param>
/// <param name="Refreshable">Whether the grant renews itself (a refresh token); Meta's long-lived tokens do not, and the connection asks for a new consent before they expire.</param>
/// <param name="Syncs">Each selected account's sync (on reads of one connection; null in lists).</param>
/// <param name="Problem">Why the connection needs a person, in the platform's words where it gave any.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Connectors.Connection")]
public sealed record Connection(
    [property: Id(0)] Guid Id,
    [property: Id(1)] AdPlatform Platform,
    [property: Id(2)] string Name,
    [property: Id(3)] ConnectionStatus Status,
    [property: Id(4)] IReadOnlyList<ConnectedAccount> Accounts,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] string CreatedBy,
    [property: Id(7)] DateTimeOffset? TokenExpiresAt,
    [property: Id(8)] bool Refreshable,
    [property: Id(9)] string? Problem,
    [property: Id(10)] bool WriteBack,
    [property: Id(11)] bool DryRun,
    [property: Id(12)] string? AuthorizationUrl,
    [property: Id(13)] IReadOnlyList<AccountSync>? Syncs = null);
