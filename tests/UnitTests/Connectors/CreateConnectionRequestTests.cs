using GrainMarketing.ApiHost.Connectors;
using GrainMarketing.Errors;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Connectors;

public sealed class CreateConnectionRequestTests
{
    [Theory]
    [InlineData("meta", AdPlatform.Meta)]
    [InlineData("Google", AdPlatform.Google)]
    [InlineData("tiktok", AdPlatform.TikTok)]
    [InlineData("SNAPCHAT", AdPlatform.Snapchat)]
    public void PlatformsAreReadByName(string platform, AdPlatform expected)
    {
        var request = new CreateConnectionRequest(platform).Read();

        Assert.Equal(expected, request.Platform);
        Assert.Equal($"{expected} connection", request.Name);
        Assert.True(request.WriteBack);
        Assert.False(request.DryRun);
    }

    [Fact]
    public void EveryBadFieldIsNamed()
    {
        var refused = Assert.Throws<ValidationFailedException>(() =>
            new CreateConnectionRequest("other", new string('n', 101), "a token with spaces").Read());

        Assert.Equal(["accessToken", "name", "platform"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnAccessTokenAndARefreshTokenTogetherAreRefused()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => new CreateConnectionRequest("google", AccessToken: "a", RefreshToken: "r").Read());

        Assert.Equal(["refreshToken"], refused.Errors.Keys);
    }

    [Fact]
    public void MissingPlatformIsRefused()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => new CreateConnectionRequest().Read());

        Assert.Contains("platform", refused.Errors.Keys);
    }
}
