using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;

namespace GrainMarketing.Dashboard.Sessions;

/// <summary>Signs API requests with one given access token: used at sign-in, before the cookie exists.</summary>
public sealed class BearerToken(string accessToken) : IAuthenticationProvider
{
    public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null, CancellationToken cancellationToken = default)
    {
        request.Headers.Add("Authorization", "Bearer " + accessToken);
        return Task.CompletedTask;
    }
}
