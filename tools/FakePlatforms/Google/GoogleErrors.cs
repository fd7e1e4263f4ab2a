using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using GrainMarketing.FakePlatforms.Auth;

namespace GrainMarketing.FakePlatforms.Google;

/// <summary>
/// Google Ads REST errors: a google.rpc.Status (<c>{"error":{code,message,status,details}}</c>) whose details hold a
/// <c>GoogleAdsFailure</c> with <c>errors[].errorCode</c> (e.g. <c>{"quotaError":"RESOURCE_EXHAUSTED"}</c>).
/// </summary>
public static class GoogleErrors
{
    public static IResult Failure(string version, int http, string status, string message, string errorKind, string errorValue, string detail, JsonObject? errorDetails = null)
    {
        var error = new JsonObject
        {
            ["errorCode"] = new JsonObject { [errorKind] = errorValue },
            ["message"] = detail,
        };
        if (errorDetails is not null)
        {
            error["details"] = errorDetails;
        }

        var body = new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = http,
                ["message"] = message,
                ["status"] = status,
                ["details"] = new JsonArray(new JsonObject
                {
                    ["@type"] = $"type.googleapis.com/google.ads.googleads.{version}.errors.GoogleAdsFailure",
                    ["errors"] = new JsonArray(error),
                    ["requestId"] = RequestId(),
                }),
            },
        };
        return Results.Json(body, statusCode: http);
    }

    public static IResult Token(string version, TokenState state) => state switch
    {
        TokenState.Missing => Failure(version, 401, "UNAUTHENTICATED", "Request is missing required authentication credential. Expected OAuth 2 access token.", "authenticationError", "NOT_ADS_USER", "Authentication of the request failed."),
        TokenState.Expired => Failure(version, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token.", "authenticationError", "OAUTH_TOKEN_EXPIRED", "The OAuth access token has expired."),
        TokenState.Revoked => Failure(version, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token.", "authenticationError", "OAUTH_TOKEN_REVOKED", "The OAuth access token has been revoked."),
        _ => Failure(version, 401, "UNAUTHENTICATED", "Request had invalid authentication credentials. Expected OAuth 2 access token.", "authenticationError", "OAUTH_TOKEN_INVALID", "The OAuth access token is invalid."),
    };

    /// <summary>Quota: HTTP 429 RESOURCE_EXHAUSTED with <c>quotaErrorDetails.retryDelay</c> ("30s", a protobuf Duration).</summary>
    public static IResult Quota(string version, int retryAfterSeconds) => Failure(
        version, 429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota).", "quotaError", "RESOURCE_TEMPORARILY_EXHAUSTED",
        $"Too many requests. Retry in {retryAfterSeconds} seconds.",
        new JsonObject
        {
            ["quotaErrorDetails"] = new JsonObject
            {
                ["rateScope"] = "ACCOUNT",
                ["rateName"] = "Requests per account",
                ["retryDelay"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) + "s",
            },
        });

    public static IResult Query(string version, string value, string detail) =>
        Failure(version, 400, "INVALID_ARGUMENT", "Request contains an invalid argument.", "queryError", value, detail);

    public static IResult Permission(string version, string customer) =>
        Failure(version, 403, "PERMISSION_DENIED", "The caller does not have permission", "authorizationError", "USER_PERMISSION_DENIED", $"User doesn't have permission to access customer {customer}.");

    public static string RequestId() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).Replace('+', '-').Replace('/', '_').TrimEnd('=')[..22];
}
