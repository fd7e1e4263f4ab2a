using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Auth;

namespace GrainMarketing.FakePlatforms.Control;

/// <summary>Every platform request's first step: is the token good, and is the caller over its budget. Each platform words the refusal its own way.</summary>
public sealed class Gate(TokenStore tokens, Throttle throttle)
{
    public (TokenState Token, ThrottleVerdict Throttle) Enter(Platform platform, string? token)
    {
        var state = tokens.Check(platform, token);
        return (state, state == TokenState.Valid ? throttle.Count(platform, token!) : default);
    }

    /// <summary>The bearer token of an <c>Authorization: Bearer …</c> header (Meta also accepts <c>OAuth …</c>).</summary>
    public static string? Bearer(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        foreach (var scheme in new[] { "Bearer ", "OAuth " })
        {
            if (header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return header[scheme.Length..].Trim();
            }
        }

        return null;
    }
}
