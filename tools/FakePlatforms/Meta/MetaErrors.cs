using System.Security.Cryptography;
using System.Text.Json;
using GrainMarketing.FakePlatforms.Auth;
using GrainMarketing.FakePlatforms.Control;

namespace GrainMarketing.FakePlatforms.Meta;

/// <summary>Graph API error bodies (<c>{"error":{message,type,code,error_subcode,fbtrace_id}}</c>) and usage headers.</summary>
public static class MetaErrors
{
    public static IResult Error(int status, int code, string message, int? subcode = null, string type = "OAuthException") =>
        Results.Json(
            new { error = new { message, type, code, error_subcode = subcode, fbtrace_id = Trace() } },
            statusCode: status);

    /// <summary>
    /// Token refusals. Code 104 without a token; 190 for invalid, expired (subcode 463) and revoked
    /// (subcode 458, the app removed). Unsure: Graph has been seen answering code 190 with HTTP 400 as
    /// well as 401; the fake answers 401, so a connector must key on <c>error.code</c>, not the status.
    /// </summary>
    public static IResult Token(TokenState state) => state switch
    {
        TokenState.Missing => Error(400, 104, "An access token is required to request this resource."),
        TokenState.Expired => Error(401, 190, "Error validating access token: Session has expired.", 463),
        TokenState.Revoked => Error(401, 190, "Error validating access token: The user has not authorized application.", 458),
        _ => Error(401, 190, "Invalid OAuth access token - Cannot parse access token"),
    };

    /// <summary>The ad-account throttle: code 80004 (subcode 2446079), HTTP 400 as Graph answers it.</summary>
    public static IResult Throttled() => Error(
        400, 80004, "(#80004) There have been too many calls to this ad-account. Wait a bit and try again. For more info, please refer to https://developers.facebook.com/docs/graph-api/overview/rate-limiting#ads-management.", 2446079);

    /// <summary>
    /// The usage headers every ad-account call carries. <c>x-business-use-case-usage</c> is keyed by the
    /// business id on the real API; the fake keys it by the ad account (unsure which id a connector reads).
    /// </summary>
    public static void Usage(HttpResponse response, string accountId, ThrottleVerdict verdict)
    {
        var regainMinutes = verdict.Throttled ? Math.Max(1, (verdict.RetryAfterSeconds + 59) / 60) : 0;
        response.Headers["x-ad-account-usage"] = JsonSerializer.Serialize(new
        {
            acc_id_util_pct = verdict.UsedPercent,
            reset_time_duration = verdict.RetryAfterSeconds,
            ads_api_access_tier = "standard_access",
        });
        response.Headers["x-fb-ads-insights-throttle"] = JsonSerializer.Serialize(new
        {
            app_id_util_pct = verdict.UsedPercent,
            acc_id_util_pct = verdict.UsedPercent,
            ads_api_access_tier = "standard_access",
        });
        response.Headers["x-business-use-case-usage"] = JsonSerializer.Serialize(new Dictionary<string, object[]>
        {
            [accountId] =
            [
                new
                {
                    type = "ads_insights",
                    call_count = verdict.UsedPercent,
                    total_cputime = verdict.UsedPercent / 2,
                    total_time = verdict.UsedPercent / 2,
                    estimated_time_to_regain_access = regainMinutes,
                    ads_api_access_tier = "standard_access",
                },
            ],
        });
    }

    private static string Trace() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(8)).TrimEnd('=');
}
