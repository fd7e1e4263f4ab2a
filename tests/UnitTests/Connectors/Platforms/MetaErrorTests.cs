using System.Net;
using GrainMarketing.Connectors.Platforms;

namespace GrainMarketing.UnitTests.Connectors.Platforms;

public sealed class MetaErrorTests
{
    [Fact]
    public void ASuccessIsNoError()
    {
        Assert.Null(MetaError.Classify(CannedAnswer.Of(HttpStatusCode.OK, """{"id":"1","status":"PAUSED"}""")));
    }

    [Fact]
    public void AnErrorBodyIsAnErrorEvenUnderStatus200()
    {
        var error = MetaError.Classify(CannedAnswer.Of(HttpStatusCode.OK, Error(100, "Invalid parameter")));

        Assert.Equal(PlatformError.Failed("Meta answered 200 (code 100): Invalid parameter"), error);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, 190)]
    [InlineData(HttpStatusCode.Unauthorized, 190)]
    [InlineData(HttpStatusCode.BadRequest, 102)]
    [InlineData(HttpStatusCode.Unauthorized, 1)]
    public void ATokenCodeOrA401RefusesTheGrant(HttpStatusCode status, int code)
    {
        var error = MetaError.Classify(CannedAnswer.Of(status, Error(code, "Error validating access token")));

        Assert.Equal(PlatformError.Refused("Error validating access token"), error);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(17)]
    [InlineData(32)]
    [InlineData(613)]
    [InlineData(80000)]
    [InlineData(80004)]
    [InlineData(80008)]
    [InlineData(80014)]
    public void EveryThrottleCodeWaitsAtLeastAMinute(int code)
    {
        var error = MetaError.Classify(CannedAnswer.Of(HttpStatusCode.BadRequest, Error(code, "User request limit reached")));

        Assert.Equal(PlatformError.Throttled(TimeSpan.FromMinutes(1), "User request limit reached"), error);
    }

    [Theory]
    [InlineData("""{"1":[{"type":"ads_management","estimated_time_to_regain_access":5}]}""", """{"reset_time_duration":30}""", 300)]
    [InlineData("""{"1":[{"type":"ads_insights","estimated_time_to_regain_access":1}]}""", """{"reset_time_duration":600}""", 600)]
    [InlineData("""{"1":[{"estimated_time_to_regain_access":2}],"2":[{"estimated_time_to_regain_access":7}]}""", null, 420)]
    [InlineData("""{"1":[{"estimated_time_to_regain_access":"3"}]}""", null, 180)]
    [InlineData(null, """{"reset_time_duration":90}""", 90)]
    [InlineData(null, """{"reset_time_duration":20}""", 60)]
    [InlineData("""{"1":[{"estimated_time_to_regain_access":0}]}""", "not json", 60)]
    [InlineData(null, null, 60)]
    public void AThrottleWaitsTheLongestTimeAnyUsageHeaderNamesAndAtLeastAMinute(string? businessUseCases, string? adAccount, int seconds)
    {
        var error = MetaError.Classify(CannedAnswer.Of(HttpStatusCode.BadRequest, Error(80004, "Too many calls to this ad-account"),
            ("x-business-use-case-usage", businessUseCases), ("x-ad-account-usage", adAccount)));

        Assert.Equal((PlatformErrorKind.Throttled, TimeSpan.FromSeconds(seconds)), (error!.Kind, error.Wait));
    }

    [Fact]
    public void AServerErrorIsTransientForAMinute()
    {
        var error = MetaError.Classify(CannedAnswer.Of(HttpStatusCode.InternalServerError, Error(1, "An unknown error occurred")));

        Assert.Equal(new PlatformError(PlatformErrorKind.Transient, "Meta answered 500 (code 1): An unknown error occurred", TimeSpan.FromMinutes(1)), error);
    }

    [Fact]
    public void AServerErrorWithoutJsonIsTransientInTheStatusWords()
    {
        var error = MetaError.Classify(CannedAnswer.Of(HttpStatusCode.BadGateway, "<html>Bad gateway</html>"));

        Assert.Equal(new PlatformError(PlatformErrorKind.Transient, "Meta answered 502 (code 0): HTTP 502", TimeSpan.FromMinutes(1)), error);
    }

    [Fact]
    public void AnyOtherCodeFailsWithTheStatusCodeAndMetasWords()
    {
        var error = MetaError.Classify(CannedAnswer.Of(HttpStatusCode.BadRequest, Error(100, "Invalid parameter")));

        Assert.Equal(PlatformError.Failed("Meta answered 400 (code 100): Invalid parameter"), error);
    }

    private static string Error(int code, string message) =>
        $$$"""{"error":{"message":"{{{message}}}","type":"OAuthException","code":{{{code}}},"fbtrace_id":"t"}}""";
}
