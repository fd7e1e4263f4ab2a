using System.Security.Cryptography;
using GrainMarketing.FakePlatforms.Auth;

namespace GrainMarketing.FakePlatforms.TikTok;

/// <summary>
/// TikTok's answer shape, <c>{"code","message","request_id","data"}</c>, always HTTP 200: errors are a non-zero
/// code (40100 rate limit, 40105 bad token, 40002 bad parameter…). The token codes are unsure (TikTok documents
/// 40104 for a missing token and 40105 for an invalid or revoked one; its long-term tokens do not expire on their own).
/// </summary>
public static class TikTokEnvelope
{
    public static IResult Ok(object data) => Results.Json(new { code = 0, message = "OK", request_id = RequestId(), data });

    public static IResult Error(int code, string message) => Results.Json(new { code, message, request_id = RequestId(), data = new { } });

    public static IResult Token(TokenState state) => state switch
    {
        TokenState.Missing => Error(40104, "Access token is null, please check your request."),
        TokenState.Expired => Error(40105, "Access token has expired, please re-authorize."),
        TokenState.Revoked => Error(40105, "The access token has been revoked, please re-authorize."),
        _ => Error(40105, "Access token is incorrect or has been revoked."),
    };

    public static IResult Throttled() => Error(40100, "Too many requests. Please retry in some time.");

    public static IResult NoPermission(string advertiser) => Error(40001, $"No permission to operate advertiser {advertiser}.");

    private static string RequestId() => DateTimeOffset.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + Convert.ToHexString(RandomNumberGenerator.GetBytes(8));
}
