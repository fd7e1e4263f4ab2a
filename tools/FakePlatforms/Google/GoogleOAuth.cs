using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Auth;
using Microsoft.Extensions.Options;

namespace GrainMarketing.FakePlatforms.Google;

/// <summary>
/// Google's OAuth 2.0 endpoints: <c>/o/oauth2/v2/auth</c> (accounts.google.com, auto-consents), <c>/token</c>
/// (oauth2.googleapis.com: authorization_code with PKCE, refresh_token) and <c>/revoke</c>. Errors in RFC 6749 form.
/// </summary>
public static class GoogleOAuth
{
    public static IResult Authorize(HttpRequest request, IOptions<FakeOptions> options, AuthorizationCodes codes)
    {
        var q = request.Query;
        var redirect = q["redirect_uri"].ToString();
        if (q["client_id"] != options.Value.Google.ClientId)
        {
            return Redirects.Refuse("Error 401: invalid_client. The OAuth client was not found.");
        }

        if (!Redirects.IsAbsolute(redirect))
        {
            return Redirects.Refuse("Error 400: redirect_uri_mismatch.");
        }

        if (q["response_type"] != "code")
        {
            return Redirects.Back(redirect, [new("error", "unsupported_response_type"), new("state", q["state"].ToString())]);
        }

        var challenge = q["code_challenge"].ToString();
        var code = codes.Create(Platform.Google, q["client_id"].ToString(), redirect, challenge.Length > 0 ? challenge : null, q["code_challenge_method"].ToString() is { Length: > 0 } m ? m : "plain", q["scope"].ToString());
        return Redirects.Back(redirect, [new("state", q["state"].ToString()), new("code", code), new("scope", q["scope"].ToString())]);
    }

    public static async Task<IResult> Token(HttpRequest request, IOptions<FakeOptions> options, AuthorizationCodes codes, TokenStore tokens)
    {
        if (!request.HasFormContentType)
        {
            return Error(400, "invalid_request", "Bad Request");
        }

        var form = await request.ReadFormAsync();
        var app = options.Value.Google;
        if (form["client_id"] != app.ClientId || form["client_secret"] != app.ClientSecret)
        {
            return Error(401, "invalid_client", "Unauthorized");
        }

        switch (form["grant_type"].ToString())
        {
            case "authorization_code":
                var (result, code) = codes.Redeem(Platform.Google, form["code"].ToString(), form["client_id"], form["redirect_uri"].ToString(), form["code_verifier"].ToString());
                if (result != Redemption.Ok)
                {
                    return Error(400, "invalid_grant", result is Redemption.VerifierMismatch or Redemption.VerifierMissing ? "Invalid code verifier." : "Bad Request");
                }

                var access = tokens.IssueAccess(Platform.Google);
                var refresh = tokens.IssueRefresh(Platform.Google);
                return Results.Json(new { access_token = access.Value, expires_in = app.AccessTokenSeconds, refresh_token = refresh.Value, scope = code!.Scope, token_type = "Bearer" });
            case "refresh_token":
                var state = tokens.Check(Platform.Google, form["refresh_token"].ToString(), refresh: true);
                if (state != TokenState.Valid)
                {
                    return Error(400, "invalid_grant", state == TokenState.Revoked ? "Token has been expired or revoked." : "Bad Request");
                }

                var renewed = tokens.IssueAccess(Platform.Google);
                return Results.Json(new { access_token = renewed.Value, expires_in = app.AccessTokenSeconds, scope = "https://www.googleapis.com/auth/adwords", token_type = "Bearer" });
            default:
                return Error(400, "unsupported_grant_type", "Invalid grant_type: " + form["grant_type"]);
        }
    }

    /// <summary>Revoking either token of a grant ends the grant (the fake revokes the token presented).</summary>
    public static async Task<IResult> Revoke(HttpRequest request, TokenStore tokens)
    {
        var token = request.Query["token"].ToString();
        if (token.Length == 0 && request.HasFormContentType)
        {
            token = (await request.ReadFormAsync())["token"].ToString();
        }

        return tokens.Find(token) is { Platform: Platform.Google } && tokens.Revoke(token)
            ? Results.Json(new { })
            : Error(400, "invalid_token", "Token expired or revoked");
    }

    private static IResult Error(int status, string error, string description) =>
        Results.Json(new { error, error_description = description }, statusCode: status);
}
