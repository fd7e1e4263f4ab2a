using System.Net;
using GrainMarketing.Connectors.Platforms;

namespace GrainMarketing.UnitTests.Connectors.Platforms;

public sealed class GoogleAdsErrorTests
{
    [Fact]
    public void ASuccessIsNoError()
    {
        Assert.Null(GoogleAdsError.Classify(CannedAnswer.Of(HttpStatusCode.OK, """[{"results":[]}]""")));
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, "UNAUTHENTICATED")]
    [InlineData(HttpStatusCode.Unauthorized, null)]
    [InlineData(HttpStatusCode.BadRequest, "UNAUTHENTICATED")]
    public void A401OrUnauthenticatedRefusesTheGrantInTheFailuresWords(HttpStatusCode status, string? rpcStatus)
    {
        var error = GoogleAdsError.Classify(CannedAnswer.Of(status, Failure((int)status, rpcStatus, """{"authenticationError":"OAUTH_TOKEN_EXPIRED"}""", "The OAuth access token has expired.")));

        Assert.Equal(PlatformError.Refused("The OAuth access token has expired."), error);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, "RESOURCE_EXHAUSTED", """{"quotaErrorDetails":{"retryDelay":"30s"}}""", null, 30_000)]
    [InlineData(HttpStatusCode.TooManyRequests, "RESOURCE_EXHAUSTED", """{"quotaErrorDetails":{"retryDelay":"1.5s"}}""", null, 1_500)]
    [InlineData(HttpStatusCode.TooManyRequests, "RESOURCE_EXHAUSTED", """{"quotaErrorDetails":{"retryDelay":"30s"}}""", "90", 30_000)]
    [InlineData(HttpStatusCode.TooManyRequests, "RESOURCE_EXHAUSTED", null, "90", 90_000)]
    [InlineData(HttpStatusCode.BadRequest, "RESOURCE_EXHAUSTED", null, null, 60_000)]
    [InlineData(HttpStatusCode.TooManyRequests, null, null, null, 60_000)]
    public void AQuotaErrorWaitsItsRetryDelayElseItsRetryAfterElseAMinute(HttpStatusCode status, string? rpcStatus, string? details, string? retryAfter, int milliseconds)
    {
        var answer = CannedAnswer.Of(status, Failure((int)status, rpcStatus, """{"quotaError":"RESOURCE_TEMPORARILY_EXHAUSTED"}""", "Too many requests.", details), ("Retry-After", retryAfter));

        Assert.Equal(PlatformError.Throttled(TimeSpan.FromMilliseconds(milliseconds), "Too many requests."), GoogleAdsError.Classify(answer));
    }

    [Fact]
    public void TheLongestRetryDelayOfAnyQuotaErrorIsWaited()
    {
        const string Body = """
            {"error":{"code":429,"status":"RESOURCE_EXHAUSTED","message":"Resource has been exhausted.","details":[{"errors":[
             {"errorCode":{"quotaError":"RESOURCE_TEMPORARILY_EXHAUSTED"},"message":"Too many requests.","details":{"quotaErrorDetails":{"retryDelay":"30s"}}},
             {"errorCode":{"quotaError":"RESOURCE_EXHAUSTED"},"message":"Daily quota spent.","details":{"quotaErrorDetails":{"retryDelay":"600s"}}}]}]}}
            """;

        var error = GoogleAdsError.Classify(CannedAnswer.Of(HttpStatusCode.TooManyRequests, Body));

        Assert.Equal(PlatformError.Throttled(TimeSpan.FromMinutes(10), "Too many requests."), error);
    }

    [Fact]
    public void AServerErrorIsTransientForAMinute()
    {
        var error = GoogleAdsError.Classify(CannedAnswer.Of(HttpStatusCode.ServiceUnavailable, """{"error":{"code":503,"message":"The service is currently unavailable.","status":"UNAVAILABLE"}}"""));

        Assert.Equal(new PlatformError(PlatformErrorKind.Transient, "Google Ads answered 503 UNAVAILABLE: The service is currently unavailable.", TimeSpan.FromMinutes(1)), error);
    }

    [Fact]
    public void AnyOtherErrorFailsWithTheStatusAndTheFailuresWords()
    {
        var error = GoogleAdsError.Classify(CannedAnswer.Of(HttpStatusCode.BadRequest,
            Failure(400, "INVALID_ARGUMENT", """{"queryError":"UNRECOGNIZED_FIELD"}""", "Unrecognized field in the query: 'campaign.nme'.")));

        Assert.Equal(PlatformError.Failed("Google Ads answered 400 INVALID_ARGUMENT: Unrecognized field in the query: 'campaign.nme'."), error);
    }

    /// <summary>A google.rpc.Status carrying a GoogleAdsFailure with one error.</summary>
    private static string Failure(int code, string? status, string errorCode, string message, string? details = null) =>
        $$$"""
        {"error":{"code":{{{code}}},"message":"Request failed.","status":"{{{status}}}","details":[{"@type":"type.googleapis.com/google.ads.googleads.v22.errors.GoogleAdsFailure",
         "errors":[{"errorCode":{{{errorCode}}},"message":"{{{message}}}"{{{(details is null ? "" : ",\"details\":" + details)}}}}]}]}}
        """;
}
