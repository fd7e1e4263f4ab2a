using System.Security.Claims;

namespace GrainMarketing.Dashboard.Sessions;

/// <summary>The claims the dashboard's cookie carries: who signed in and which server-side session holds their tokens.</summary>
public static class SessionClaims
{
    public const string SessionId = "gm:session";

    public static string? SessionIdOf(this ClaimsPrincipal user) => user.FindFirst(SessionId)?.Value;

    public static string DisplayNameOf(this ClaimsPrincipal user) => user.FindFirst(ClaimTypes.Name)?.Value ?? user.FindFirst(ClaimTypes.Email)?.Value ?? "";
}
