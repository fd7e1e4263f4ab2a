using GrainMarketing.Metrics;

namespace GrainMarketing.Connectors;

/// <summary>A connection's stored state. Tokens and the PKCE verifier are kept encrypted (<see cref="Secrets.SecretProtector"/>).</summary>
[GenerateSerializer, Alias("GrainMarketing.Connectors.ConnectionState")]
public sealed class ConnectionState
{
    [Id(0)] public bool Exists { get; set; }

    [Id(1)] public AdPlatform Platform { get; set; }

    [Id(2)] public string Name { get; set; } = "";

    [Id(3)] public ConnectionStatus Status { get; set; }

    [Id(4)] public List<ConnectedAccount> Accounts { get; set; } = [];

    [Id(5)] public DateTimeOffset CreatedAt { get; set; }

    [Id(6)] public string CreatedBy { get; set; } = "";

    [Id(7)] public string? AccessToken { get; set; }

    [Id(8)] public string? RefreshToken { get; set; }

    [Id(9)] public DateTimeOffset? TokenExpiresAt { get; set; }

    [Id(10)] public string? Problem { get; set; }

    [Id(11)] public bool WriteBack { get; set; }

    [Id(12)] public bool DryRun { get; set; }

    /// <summary>While authorizing: the SHA-256 of the state sent to the platform, the protected verifier, and the consent URL.</summary>
    [Id(13)] public string? PendingStateKey { get; set; }

    [Id(14)] public string? PendingVerifier { get; set; }

    [Id(15)] public string? AuthorizationUrl { get; set; }

    [Id(16)] public DateTimeOffset? PendingUntil { get; set; }

    /// <summary>The callback the pending flow named: the code exchange must name the same.</summary>
    [Id(17)] public Uri? PendingCallback { get; set; }

    public Connection ToConnection(Guid id) => new(id, Platform, Name, Status, Accounts, CreatedAt, CreatedBy, TokenExpiresAt,
        RefreshToken is not null, Problem, WriteBack, DryRun, Status == ConnectionStatus.Authorizing ? AuthorizationUrl : null);
}
