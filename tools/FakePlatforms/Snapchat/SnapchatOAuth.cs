using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Auth;
using Microsoft.Extensions.Options;

namespace GrainMarketing.FakePlatforms.Snapchat;

/// <summary>
/// Snapchat's OAuth (accounts.snapchat.com): <c>/login/oauth2/authorize</c> auto-consents; <c>/login/oauth2/access_token</c>
/// exchanges a code (PKCE verified when a challenge was sent) or a refresh token for a 1,800-second access token.
/// </summary>
public static class SnapchatOAuth
{
    public static IResult Authorize(HttpRequest request, IOptions<FakeOptions> options, AuthorizationCodes codes)
    {
        var q = request.Query;
        var redirect = q["redirect_uri"].ToString();
        if (q["client_id"] != options.Value.Snapchat.ClientId || !Redirects.IsAbsolute(redirect))
        {
            return Redirects.Refuse("invalid_client or redirect_uri");
        }

        var challenge = q["code_challenge"].ToString();
        var code = codes.Create(Platform.Snapchat, q["client_id"].ToString(), redirect, challenge.Length > 0 ? challenge : null, q["code_challenge_method"].ToString(), q["scope"].ToString());
        return Redirects.Back(redirect, [new("code", code), new("state", q["state"].ToString())]);
    }

    public static async Task<IResult> AccessToken(HttpRequest request, IOptions<FakeOptions> options, AuthorizationCodes codes, TokenStore tokens)
    {
        if (!request.HasFormContentType)
        {
            return Error(400, "invalid_request", "The request must be application/x-www-form-urlencoded.");
        }

        var form = await request.ReadFormAsync();
        var app = options.Value.Snapchat;
        if (form["client_id"] != app.ClientId || form["client_secret"] != app.ClientSecret)
        {
            return Error(401, "invalid_client", "Client authentication failed.");
        }

        string refresh;
        switch (form["grant_type"].ToString())
        {
            case "authorization_code":
                var (result, _) = codes.Redeem(Platform.Snapchat, form["code"].ToString(), app.ClientId, form["redirect_uri"].ToString(), form["code_verifier"].ToString());
                if (result != Redemption.Ok)
                {
                    return Error(400, "invalid_grant", result is Redemption.VerifierMismatch or Redemption.VerifierMissing ? "Invalid code_verifier." : "Invalid authorization code.");
                }

                refresh = tokens.IssueRefresh(Platform.Snapchat).Value;
                break;
            case "refresh_token":
                refresh = form["refresh_token"].ToString();
                if (tokens.Check(Platform.Snapchat, refresh, refresh: true) != TokenState.Valid)
                {
                    return Error(400, "invalid_grant", "Invalid refresh token.");
                }

                break;
            default:
                return Error(400, "unsupported_grant_type", "grant_type must be authorization_code or refresh_token.");
        }

        var access = tokens.IssueAccess(Platform.Snapchat);
        return Results.Json(new { access_token = access.Value, token_type = "Bearer", expires_in = app.AccessTokenSeconds, refresh_token = refresh, scope = "snapchat-marketing-api" });
    }

    private static IResult Error(int status, string error, string description) =>
        Results.Json(new { error, error_description = description }, statusCode: status);
}
