using Microsoft.AspNetCore.Authentication.Cookies;

namespace GrainMarketing.Dashboard.Sessions;

/// <summary>Rejects a cookie whose server-side session is gone (signed out, refused by the API, or the dashboard restarted).</summary>
public sealed class SessionCookieEvents(SessionTokens sessions) : CookieAuthenticationEvents
{
    public override Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        if (sessions.Find(context.Principal?.SessionIdOf()) is null)
        {
            context.RejectPrincipal();
        }

        return Task.CompletedTask;
    }
}
