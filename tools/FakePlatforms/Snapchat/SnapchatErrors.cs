using GrainMarketing.FakePlatforms.Auth;

namespace GrainMarketing.FakePlatforms.Snapchat;

/// <summary>
/// Snapchat's error body, <c>{"request_status":"ERROR","request_id","debug_message","display_message","error_code"}</c>.
/// The error_code values are unsure (Snapchat documents the shape, not a stable list); connectors should key on the HTTP status.
/// </summary>
public static class SnapchatErrors
{
    public static IResult Error(int status, string errorCode, string debug, string display) => Results.Json(
        new { request_status = "ERROR", request_id = Guid.NewGuid().ToString("N"), debug_message = debug, display_message = display, error_code = errorCode },
        statusCode: status);

    public static IResult Token(TokenState state) => state switch
    {
        TokenState.Missing => Error(401, "E3001", "Missing access token", "Unauthorized"),
        TokenState.Expired => Error(401, "E3003", "The access token has expired", "Unauthorized"),
        TokenState.Revoked => Error(401, "E3003", "The access token has been revoked", "Unauthorized"),
        _ => Error(401, "E3003", "Invalid access token", "Unauthorized"),
    };

    /// <summary>HTTP 429 with a message body; Snapchat sends no Retry-After that the fake knows of (unsure), so none is sent.</summary>
    public static IResult Throttled() => Error(429, "E3002", "Too many requests: rate limit exceeded", "Too many requests, please try again later.");

    public static IResult BadRequest(string debug) => Error(400, "E1001", debug, "The request is invalid.");

    public static IResult NotFound(string what) => Error(404, "E1008", $"{what} not found", "The requested resource was not found.");
}
