using System.Net;
using GrainMarketing.Connectors.Platforms;

namespace GrainMarketing.UnitTests.Connectors.Platforms;

public sealed class TikTokErrorTests
{
    [Fact]
    public void CodeZeroIsNoError()
    {
        Assert.Null(TikTokError.Classify(CannedAnswer.Of(HttpStatusCode.OK, """{"code":0,"message":"OK","data":{"list":[]}}""")));
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, 40100, 60)]
    [InlineData(HttpStatusCode.OK, 40133, 5)]
    [InlineData(HttpStatusCode.TooManyRequests, 0, 60)]
    public void ARateLimitWaitsWhatItsLimitNeeds(HttpStatusCode status, int code, int seconds)
    {
        var error = TikTokError.Classify(CannedAnswer.Of(status, Envelope(code, "Too many requests.")));

        Assert.Equal(PlatformError.Throttled(TimeSpan.FromSeconds(seconds), "Too many requests."), error);
    }

    [Theory]
    [InlineData(40001)]
    [InlineData(40102)]
    [InlineData(40104)]
    [InlineData(40105)]
    public void ATokenOrPermissionCodeRefusesTheGrant(int code)
    {
        var error = TikTokError.Classify(CannedAnswer.Of(HttpStatusCode.OK, Envelope(code, "Access token is incorrect or has been revoked.")));

        Assert.Equal(PlatformError.Refused("Access token is incorrect or has been revoked."), error);
    }

    [Theory]
    [InlineData(HttpStatusCode.OK, """{"code":50000,"message":"System error, please retry.","data":{}}""", "TikTok answered HTTP 200, code 50000: System error, please retry.")]
    [InlineData(HttpStatusCode.BadGateway, "<html>Bad gateway</html>", "TikTok answered HTTP 502, code none: HTTP 502")]
    public void AServerErrorIsTransientForAMinute(HttpStatusCode status, string body, string message)
    {
        var error = TikTokError.Classify(CannedAnswer.Of(status, body));

        Assert.Equal(new PlatformError(PlatformErrorKind.Transient, message, TimeSpan.FromMinutes(1)), error);
    }

    [Fact]
    public void AnyOtherCodeFailsWithTheStatusCodeAndTikToksWords()
    {
        var error = TikTokError.Classify(CannedAnswer.Of(HttpStatusCode.OK, Envelope(40002, "Invalid budget.")));

        Assert.Equal(PlatformError.Failed("TikTok answered HTTP 200, code 40002: Invalid budget."), error);
    }

    private static string Envelope(int code, string message) => $$$"""{"code":{{{code}}},"message":"{{{message}}}","request_id":"r1","data":{}}""";
}
