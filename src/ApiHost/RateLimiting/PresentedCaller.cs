using GrainMarketing.ApiHost.Auth;
using Microsoft.IdentityModel.JsonWebTokens;

namespace GrainMarketing.ApiHost.RateLimiting;

/// <summary>Who a request says it is, read before anything is verified, for the rate limits that run before authentication.</summary>
/// <remarks>
/// Everything here is chosen by the caller: it only picks a bucket, never grants anything. A made-up name gets a
/// fresh bucket, which is why every request is also charged to its address (<see cref="RateLimitOptions.Addresses"/>).
/// </remarks>
public static class PresentedCaller
{
    /// <summary>Only reads tokens (never validates), which is safe to share across requests.</summary>
    private static readonly JsonWebTokenHandler Tokens = new();

    /// <summary><c>key:tenant.keyId</c> for an API key, <c>person:email</c> for a bearer token, or null when the request presents neither.</summary>
    public static string? Of(HttpRequest request)
    {
        if (ApiKeyAuthenticationHandler.Presented(request))
        {
            return ApiKeyAuthenticationHandler.PresentedKey(request) is { } key ? $"key:{key.Tenant}.{key.KeyId}" : null;
        }

        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            return null;
        }

        var token = authorization["Bearer ".Length..].Trim();
        try
        {
            return Tokens.CanReadToken(token) && Tokens.ReadJsonWebToken(token).TryGetPayloadValue<string>(CallerClaims.Email, out var email)
                ? "person:" + email
                : null;
        }
        catch (ArgumentException)
        {
            // Not a readable token: authentication will refuse it; until then it is no one in particular.
            return null;
        }
    }
}
