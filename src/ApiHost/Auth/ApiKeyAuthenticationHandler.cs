using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Authenticates a tenant's API key sent as <c>X-Api-Key</c> or as <c>Authorization: Bearer gmk_…</c>.</summary>
/// <remarks>The principal carries the key's id, tenant and scope; what it may do is decided by the tenant policies.</remarks>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccessCache access)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Header = "X-Api-Key";

    /// <summary>True when the request carries something meant as an API key, so the key scheme should judge it.</summary>
    public static bool Presented(HttpRequest request) =>
        request.Headers.ContainsKey(Header)
        || request.Headers.Authorization.ToString().StartsWith("Bearer " + ApiKeyToken.Marker, StringComparison.Ordinal);

    /// <summary>The key the request presents, parsed but not verified; null when there is none or it cannot be a key.</summary>
    public static ApiKeyToken? PresentedKey(HttpRequest request)
    {
        if (!Presented(request))
        {
            return null;
        }

        var presented = request.Headers.TryGetValue(Header, out var header)
            ? header.ToString()
            : request.Headers.Authorization.ToString()["Bearer ".Length..];
        return ApiKeyToken.Parse(presented.Trim());
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Presented(Request))
        {
            return AuthenticateResult.NoResult();
        }

        if (PresentedKey(Request) is not { } key)
        {
            return AuthenticateResult.Fail("The API key is malformed.");
        }

        if (await access.VerifyAsync(key) is not { } scope)
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(CallerClaims.KeyId, $"{key.Tenant}.{key.KeyId}"),
                new Claim(CallerClaims.KeyTenant, key.Tenant),
                new Claim(CallerClaims.KeyScope, scope.ToString()),
            ],
            Scheme.Name);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }
}
