using GrainMarketing.Tenants;

namespace GrainMarketing.ApiHost.Tenants;

/// <summary>Body of <c>POST /api/v1/tenants/{tenant}/keys</c>.</summary>
/// <param name="Name">What the key is for, 1-100 characters (shown in listings and the audit trail).</param>
/// <param name="Scope">ingest, read or admin.</param>
public sealed record CreateApiKeyRequest(string? Name, ApiKeyScope? Scope);

/// <summary>A new key: <see cref="Key"/> is shown this once and cannot be recovered.</summary>
public sealed record CreatedApiKeyResponse(string Id, string Name, ApiKeyScope Scope, string Prefix, string Key, DateTimeOffset CreatedAt);

/// <summary>A key as listings show it, without its secret.</summary>
public sealed record ApiKeyResponse(
    string Id, string Name, ApiKeyScope Scope, string Prefix, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt);
