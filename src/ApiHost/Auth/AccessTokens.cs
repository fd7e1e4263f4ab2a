using System.Security.Claims;
using GrainMarketing.Accounts;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Issues the short-lived JWT access tokens that the JWT bearer handler validates.</summary>
public sealed class AccessTokens(IOptions<AuthOptions> options, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>Built once: the key is checked at start-up and does not change while the host runs.</summary>
    private readonly SigningCredentials _credentials = new(
        new SymmetricSecurityKey(options.Value.KeyBytes() ?? throw new InvalidOperationException("Auth:SigningKey must be base64 of at least 32 bytes.")),
        SecurityAlgorithms.HmacSha256);

    /// <summary>A signed token for <paramref name="account"/> in login <paramref name="session"/>, and when it expires.</summary>
    public (string Token, DateTimeOffset ExpiresAt, int ExpiresIn) Issue(AccountDetails account, Guid session)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var expires = now + settings.AccessTokenLifetime;
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, account.Id.ToString()),
                new Claim(JwtRegisteredClaimNames.Email, account.Email),
                new Claim(JwtRegisteredClaimNames.Sid, session.ToString("N")),
            ]),
            SigningCredentials = _credentials,
        });
        return (token, expires, (int)settings.AccessTokenLifetime.TotalSeconds);
    }
}
