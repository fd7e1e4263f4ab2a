using System.Security.Claims;
using GrainMarketing.Dashboard.Api.Client.Models;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace GrainMarketing.Dashboard.Sessions;

/// <summary>The cookie's identity: the account and the server-side session holding its tokens, nothing secret.</summary>
public static class SessionPrincipal
{
    public static ClaimsPrincipal Create(string sessionId, AccountResponse account) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, account.Id?.ToString() ?? ""),
            new Claim(ClaimTypes.Email, account.Email ?? ""),
            new Claim(ClaimTypes.Name, account.DisplayName ?? account.Email ?? ""),
            new Claim(SessionClaims.SessionId, sessionId),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));
}
