using System.Buffers.Text;
using System.Security.Cryptography;
using GrainMarketing.Accounts;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Opaque refresh tokens <c>{family}.{secret}</c>: 32 random bytes per token, of which the family grain keeps only the SHA-256 digest.</summary>
/// <remarks>
/// Each refresh replaces the token; an old one presented again revokes the family. The family id alone (the
/// <c>sid</c> claim every access token shows) ends nothing: a made-up secret is refused and changes nothing.
/// </remarks>
public sealed class RefreshTokens(IGrainFactory grains, IOptions<AuthOptions> options, TimeProvider clock, AccessCache access)
{
    private const int SecretBytes = 32;

    /// <summary>Starts a family for a login, which the account remembers, and returns its first token and the family (the session id).</summary>
    public async Task<(string Token, Guid Session)> StartAsync(string accountEmail)
    {
        var family = Guid.NewGuid();
        var (token, digest) = NewToken(family);
        await grains.GetGrain<IRefreshTokenFamilyGrain>(family).StartAsync(accountEmail, digest, clock.GetUtcNow() + options.Value.RefreshTokenLifetime);
        await grains.GetGrain<IAccountGrain>(accountEmail).AddSessionAsync(family);
        return (token, family);
    }

    /// <summary>The account's email, the next token and the session, or null for a token that cannot be used.</summary>
    /// <remarks>Null for a token that is malformed, unknown, revoked, expired or already used (a used token ends its session, and this host forgets it at once; a made-up one ends nothing).</remarks>
    public async Task<(string AccountEmail, string Next, Guid Session)?> RotateAsync(string? presented)
    {
        if (!TryParse(presented, out var family, out var digest))
        {
            return null;
        }

        var (next, nextDigest) = NewToken(family);
        var rotation = await grains.GetGrain<IRefreshTokenFamilyGrain>(family).RotateAsync(digest, nextDigest);
        if (rotation.Ended)
        {
            access.ForgetSession(family);
        }

        return rotation.AccountEmail is { } email ? (email, next, family) : null;
    }

    /// <summary>Ends the token's login, its access tokens included; false, ending nothing, unless the token is the current or an earlier one of its family.</summary>
    public async Task<bool> EndAsync(string presented)
    {
        if (!TryParse(presented, out var family, out var digest) || !await grains.GetGrain<IRefreshTokenFamilyGrain>(family).EndAsync(digest))
        {
            return false;
        }

        access.ForgetSession(family);
        return true;
    }

    /// <summary>Whether <paramref name="token"/> has the shape of a refresh token; it may still be unknown.</summary>
    public static bool IsWellFormed(string? token) => TryParse(token, out _, out _);

    private static (string Token, byte[] Digest) NewToken(Guid family)
    {
        var secret = RandomNumberGenerator.GetBytes(SecretBytes);
        return ($"{family:N}.{Base64Url.EncodeToString(secret)}", SHA256.HashData(secret));
    }

    private static bool TryParse(string? token, out Guid family, out byte[] digest)
    {
        family = default;
        digest = [];
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot != 32 || !Guid.TryParseExact(token.AsSpan(0, dot), "N", out family))
        {
            return false;
        }

        var secret = new byte[SecretBytes + 2];
        if (!Base64Url.TryDecodeFromChars(token.AsSpan(dot + 1), secret, out var written) || written != SecretBytes)
        {
            return false;
        }

        digest = SHA256.HashData(secret.AsSpan(0, SecretBytes));
        return true;
    }
}
