using System.Globalization;
using System.Security.Claims;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Asks again, through <see cref="AccessCache"/>, whether an authorized caller may still do what a long request is doing.</summary>
/// <remarks>
/// For answers that outlive their check, such as the live feed: the login must still be on and its access token
/// unexpired, or the presented key still active; and the caller must still hold the tenant role or key scope.
/// </remarks>
public sealed class CallerAccess(AccessCache access, TimeProvider clock)
{
    public async ValueTask<bool> StillAllowedAsync(HttpContext http, string tenant, TenantAccessRequirement requirement)
    {
        var user = http.User;
        if (user.FindFirstValue(CallerClaims.KeyTenant) is { } keyTenant)
        {
            return keyTenant == tenant
                && ApiKeyAuthenticationHandler.PresentedKey(http.Request) is { } key
                && await access.VerifyAsync(key) is { } scope
                && requirement.Scopes.Contains(scope);
        }

        return user.FindFirstValue(CallerClaims.Email) is { } email
            && Guid.TryParseExact(user.FindFirstValue(CallerClaims.Session), "N", out var session)
            && !Expired(user)
            && await access.SessionActiveAsync(session)
            && await access.RoleAsync(tenant, email) is { } role
            && role >= requirement.MinimumRole;
    }

    private bool Expired(ClaimsPrincipal user) =>
        !long.TryParse(user.FindFirstValue("exp"), NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
        || DateTimeOffset.FromUnixTimeSeconds(expires) <= clock.GetUtcNow();
}
