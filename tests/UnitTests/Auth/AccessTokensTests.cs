using GrainMarketing.Accounts;
using GrainMarketing.ApiHost.Auth;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GrainMarketing.UnitTests.Auth;

public sealed class AccessTokensTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly AuthOptions Settings = new() { SigningKey = Convert.ToBase64String(new byte[48]) };
    private static readonly AccountDetails Ana = new(Guid.NewGuid(), "ana@example.com", "Ana", Now);
    private static readonly Guid Session = Guid.NewGuid();

    [Fact]
    public async Task ATokenCarriesTheAccountAndItsLogin()
    {
        var (token, _, _) = new AccessTokens(Microsoft.Extensions.Options.Options.Create(Settings), new FakeTimeProvider(Now)).Issue(Ana, Session);

        var validated = await new JsonWebTokenHandler().ValidateTokenAsync(token, Parameters(lifetime: false));
        Assert.True(validated.IsValid);
        Assert.Equal(Ana.Id.ToString(), validated.Claims[JwtRegisteredClaimNames.Sub]);
        Assert.Equal("ana@example.com", validated.Claims[JwtRegisteredClaimNames.Email]);
        Assert.Equal(Session.ToString("N"), validated.Claims[JwtRegisteredClaimNames.Sid]);
    }

    [Fact]
    public async Task ATokenExpiresAfterItsLifetimeByTheDomainClock()
    {
        var (token, expiresAt, expiresIn) = new AccessTokens(Microsoft.Extensions.Options.Options.Create(Settings), new FakeTimeProvider(Now)).Issue(Ana, Session);

        Assert.Equal(Now.AddMinutes(15), expiresAt);
        Assert.Equal(900, expiresIn);
        var validated = await new JsonWebTokenHandler().ValidateTokenAsync(token, Parameters(lifetime: false));
        Assert.Equal(expiresAt, new DateTimeOffset(((JsonWebToken)validated.SecurityToken).ValidTo, TimeSpan.Zero));
    }

    [Fact]
    public async Task ATokenSignedWithAnotherKeyIsRefused()
    {
        var other = new AuthOptions { SigningKey = Convert.ToBase64String(Enumerable.Repeat((byte)7, 48).ToArray()) };
        var (token, _, _) = new AccessTokens(Microsoft.Extensions.Options.Options.Create(other), TimeProvider.System).Issue(Ana, Session);

        Assert.False((await new JsonWebTokenHandler().ValidateTokenAsync(token, Parameters(lifetime: true))).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dG9vLXNob3J0")]
    [InlineData("not base64!")]
    public void KeysThatAreNotBase64OfAtLeast32BytesAreRejected(string key) =>
        Assert.Null(new AuthOptions { SigningKey = key }.KeyBytes());

    private static TokenValidationParameters Parameters(bool lifetime) => new()
    {
        ValidIssuer = Settings.Issuer,
        ValidAudience = Settings.Audience,
        IssuerSigningKey = new SymmetricSecurityKey(Settings.KeyBytes()),
        ValidateLifetime = lifetime,
    };
}
