using System.Security.Claims;
using GrainMarketing.Tenants;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Who is calling, as the audit trail and rate limits name them.</summary>
public static class Caller
{
    /// <summary>The person's email, <c>key:tenant.keyId</c> for an API key, or null when anonymous.</summary>
    public static string? Actor(this ClaimsPrincipal user) =>
        user.FindFirstValue(CallerClaims.Email) is { } email ? email
        : user.FindFirstValue(CallerClaims.KeyId) is { } key ? "key:" + key
        : null;

    /// <summary>The signed-in person's email; the SignedIn and Member policies guarantee it.</summary>
    public static string Email(this ClaimsPrincipal user) =>
        user.FindFirstValue(CallerClaims.Email) ?? throw new InvalidOperationException("The endpoint lets callers without an email through.");

    public static ApiKeyScope? KeyScope(this ClaimsPrincipal user) =>
        Enum.TryParse<ApiKeyScope>(user.FindFirstValue(CallerClaims.KeyScope), out var scope) ? scope : null;
}
