using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using GrainMarketing.FakePlatforms.Accounts;

namespace GrainMarketing.FakePlatforms.Auth;

/// <summary>One-time authorization codes with their PKCE challenge (RFC 7636, S256 or plain).</summary>
public sealed class AuthorizationCodes(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, AuthorizationCode> _codes = new();

    public string Create(Platform platform, string clientId, string redirectUri, string? challenge, string? method, string scope)
    {
        var code = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        _codes[code] = new AuthorizationCode(platform, clientId, redirectUri, challenge, method, scope, time.GetUtcNow() + Lifetime);
        return code;
    }

    /// <summary>
    /// Redeems a code: removed on the first attempt whatever the outcome, as the real servers do, so a
    /// replayed or retried code is refused.
    /// </summary>
    public (Redemption Result, AuthorizationCode? Code) Redeem(Platform platform, string? code, string? clientId, string? redirectUri, string? verifier)
    {
        if (code is null || !_codes.TryRemove(code, out var issued) || issued.Platform != platform)
        {
            return (Redemption.UnknownOrUsed, null);
        }

        if (issued.ExpiresAt <= time.GetUtcNow())
        {
            return (Redemption.Expired, null);
        }

        if (issued.ClientId != clientId)
        {
            return (Redemption.WrongClient, null);
        }

        if (redirectUri is not null && issued.RedirectUri != redirectUri)
        {
            return (Redemption.WrongRedirect, null);
        }

        if (issued.CodeChallenge is { } challenge)
        {
            if (string.IsNullOrEmpty(verifier))
            {
                return (Redemption.VerifierMissing, null);
            }

            if (challenge != Challenge(verifier, issued.ChallengeMethod))
            {
                return (Redemption.VerifierMismatch, null);
            }
        }

        return (Redemption.Ok, issued);
    }

    public void Reset() => _codes.Clear();

    /// <summary>The S256 challenge: BASE64URL(SHA256(ASCII(verifier))); "plain" is the verifier itself.</summary>
    public static string Challenge(string verifier, string? method) =>
        string.Equals(method, "plain", StringComparison.Ordinal)
            ? verifier
            : Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).Replace('+', '-').Replace('/', '_').TrimEnd('=');
}
