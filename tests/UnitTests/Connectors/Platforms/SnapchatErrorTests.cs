using System.Net;
using GrainMarketing.Connectors.Platforms;

namespace GrainMarketing.UnitTests.Connectors.Platforms;

public sealed class SnapchatErrorTests
{
    [Fact]
    public void ASuccessIsNoError()
    {
        Assert.Null(SnapchatError.Classify(CannedAnswer.Of(HttpStatusCode.OK, """{"request_status":"SUCCESS","campaigns":[]}""")));
    }

    [Fact]
    public void A200WithoutAJsonObjectFails()
    {
        Assert.Equal(PlatformErrorKind.Failed, SnapchatError.Classify(CannedAnswer.Of(HttpStatusCode.OK, "<html>proxy</html>"))?.Kind);
    }

    [Fact]
    public void A401RefusesTheGrant()
    {
        var error = SnapchatError.Classify(CannedAnswer.Of(HttpStatusCode.Unauthorized, Error("E3003", "The access token has expired")));

        Assert.Equal(PlatformError.Refused("The access token has expired"), error);
    }

    [Theory]
    [InlineData("7", null, 7)]
    [InlineData("Tue, 01 Dec 2026 10:02:00 GMT", "Tue, 01 Dec 2026 10:00:00 GMT", 120)]
    [InlineData("Tue, 01 Dec 2026 10:02:00 GMT", null, 60)]
    [InlineData(null, null, 60)]
    public void A429WaitsItsRetryAfterReadAgainstTheAnswersDateElseAMinute(string? retryAfter, string? date, int seconds)
    {
        var answer = CannedAnswer.Of(HttpStatusCode.TooManyRequests, Error("E3002", "Too many requests: rate limit exceeded"), ("Retry-After", retryAfter), ("Date", date));

        Assert.Equal(PlatformError.Throttled(TimeSpan.FromSeconds(seconds), "Too many requests: rate limit exceeded"), SnapchatError.Classify(answer));
    }

    [Fact]
    public void AServerErrorIsTransientForAMinute()
    {
        var error = SnapchatError.Classify(CannedAnswer.Of(HttpStatusCode.InternalServerError, Error("E5000", "Internal error")));

        Assert.Equal(new PlatformError(PlatformErrorKind.Transient, "Snapchat answered 500 E5000: Internal error", TimeSpan.FromMinutes(1)), error);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.OK)]
    public void AnErrorBodyFailsWithTheStatusCodeAndDebugMessage(HttpStatusCode status)
    {
        var error = SnapchatError.Classify(CannedAnswer.Of(status, Error("E1001", "Invalid cursor")));

        Assert.Equal(PlatformError.Failed($"Snapchat answered {(int)status} E1001: Invalid cursor"), error);
    }

    private static string Error(string code, string debug) =>
        $$"""{"request_status":"ERROR","request_id":"r1","debug_message":"{{debug}}","display_message":"Something went wrong.","error_code":"{{code}}"}""";
}
