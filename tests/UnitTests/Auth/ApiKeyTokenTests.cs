using GrainMarketing.ApiHost.Auth;

namespace GrainMarketing.UnitTests.Auth;

public sealed class ApiKeyTokenTests
{
    [Fact]
    public void AGeneratedKeyParsesBackToItsPartsAndShowsOnlyItsPrefix()
    {
        var key = ApiKeyToken.Generate("acme-shoes");

        var parsed = ApiKeyToken.Parse(key.ToString());

        Assert.Equal(key, parsed);
        Assert.StartsWith("gmk_acme-shoes.", key.Prefix, StringComparison.Ordinal);
        Assert.DoesNotContain(key.Secret, key.Prefix, StringComparison.Ordinal);
        Assert.Equal(32, key.Digest().Length);
        Assert.NotEqual(key.Digest(), ApiKeyToken.Generate("acme-shoes").Digest());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("gmk_acme-shoes.0123456789abcdef")]
    [InlineData("gmk_Acme.0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("gmk_acme.0123456789ABCDEF.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("gmk_acme.0123456789abcdef.short")]
    [InlineData("gmk_acme.0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.extra")]
    [InlineData("gmk_acme.0123456789abcdef.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'")]
    public void AnythingElseIsNotAKey(string? value) => Assert.Null(ApiKeyToken.Parse(value));
}
