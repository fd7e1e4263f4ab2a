using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace GrainMarketing.Dashboard.Sessions;

/// <summary>Puts the signed-in person's own access token on every API request a page makes.</summary>
/// <remarks>Scoped: one per circuit (or per request for pages rendered on the server), so it reads that person's sign-in.</remarks>
public sealed class SessionAuthentication(AuthenticationStateProvider authentication, SessionAccessTokens tokens) : IAuthenticationProvider
{
    public async Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        request.Headers.Add("Authorization", "Bearer " + await AccessTokenAsync(cancellationToken));
    }

    public async Task<string> AccessTokenAsync(CancellationToken cancellationToken)
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return await tokens.AccessTokenAsync(state.User.SessionIdOf(), cancellationToken);
    }
}
