using System.Collections.Concurrent;
using System.Security.Cryptography;
using GrainMarketing.FakePlatforms.Accounts;
using Microsoft.Extensions.Options;

namespace GrainMarketing.FakePlatforms.Auth;

/// <summary>Every token handed out, with its expiry and revocation; the control API expires or revokes one on demand.</summary>
public sealed class TokenStore
{
    private readonly ConcurrentDictionary<string, IssuedToken> _tokens = new();
    private readonly IOptions<FakeOptions> _options;
    private readonly TimeProvider _time;

    public TokenStore(IOptions<FakeOptions> options, TimeProvider time)
    {
        _options = options;
        _time = time;
        Reset();
    }

    /// <summary>A new access token living the platform's configured lifetime (or <paramref name="lifetime"/>).</summary>
    public IssuedToken IssueAccess(Platform platform, TimeSpan? lifetime = null)
    {
        var seconds = _options.Value.App(platform).AccessTokenSeconds;
        var life = lifetime ?? (seconds > 0 ? TimeSpan.FromSeconds(seconds) : null as TimeSpan?);
        return Add(new IssuedToken
        {
            Value = Shape(platform, isRefresh: false),
            Platform = platform,
            IsRefresh = false,
            ExpiresAt = life is { } l ? _time.GetUtcNow() + l : null,
        });
    }

    public IssuedToken IssueRefresh(Platform platform) =>
        Add(new IssuedToken { Value = Shape(platform, isRefresh: true), Platform = platform, IsRefresh = true });

    /// <summary>Checks a presented access (or refresh) token for a platform.</summary>
    public TokenState Check(Platform platform, string? value, bool refresh = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            return TokenState.Missing;
        }

        if (!_tokens.TryGetValue(value, out var token) || token.Platform != platform || token.IsRefresh != refresh)
        {
            return TokenState.Unknown;
        }

        return token.Revoked ? TokenState.Revoked
            : token.ExpiresAt is { } at && at <= _time.GetUtcNow() ? TokenState.Expired
            : TokenState.Valid;
    }

    public IssuedToken? Find(string value) => _tokens.GetValueOrDefault(value);

    /// <summary>Makes a token expired from now on; false when unknown.</summary>
    public bool Expire(string value)
    {
        if (!_tokens.TryGetValue(value, out var token))
        {
            return false;
        }

        token.ExpiresAt = _time.GetUtcNow().AddSeconds(-1);
        return true;
    }

    public bool Revoke(string value)
    {
        if (!_tokens.TryGetValue(value, out var token))
        {
            return false;
        }

        token.Revoked = true;
        return true;
    }

    /// <summary>Revokes every token of <paramref name="platform"/>; answers how many were live.</summary>
    public int RevokeAll(Platform platform)
    {
        var live = _tokens.Values.Where(t => t.Platform == platform && !t.Revoked).ToList();
        live.ForEach(t => t.Revoked = true);
        return live.Count;
    }

    /// <summary>Forgets every issued token and seeds the demo credentials again.</summary>
    public void Reset()
    {
        _tokens.Clear();
        foreach (var platform in PlatformFacts.All)
        {
            var seeded = _options.Value.App(platform).StaticToken;
            if (seeded.Length > 0)
            {
                // Google's demo credential is a refresh token; Meta's is a system-user access token that never expires.
                Add(new IssuedToken { Value = seeded, Platform = platform, IsRefresh = platform == Platform.Google });
            }
        }
    }

    private IssuedToken Add(IssuedToken token)
    {
        _tokens[token.Value] = token;
        return token;
    }

    // Shaped like each platform's tokens so logs look familiar: Meta "EAA…", Google "ya29." / "1//", TikTok hex, Snapchat opaque.
    private static string Shape(Platform platform, bool isRefresh)
    {
        var random = Convert.ToBase64String(RandomNumberGenerator.GetBytes(30)).Replace('+', '-').Replace('/', '_').TrimEnd('=');
        return platform switch
        {
            Platform.Meta => "EAAF" + random,
            Platform.Google => (isRefresh ? "1//0" : "ya29.") + random,
            Platform.TikTok => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20)),
            _ => (isRefresh ? "hCgwKCj" : "eyJfake.") + random,
        };
    }
}
