using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Auth;
using Microsoft.Extensions.Options;

namespace GrainMarketing.FakePlatforms.Meta;

/// <summary>
/// Facebook Login's manual flow: <c>/dialog/oauth</c> (auto-consents), <c>/oauth/access_token</c> for the code
/// (PKCE verified when a challenge was sent) and for the short→long-lived <c>fb_exchange_token</c> exchange;
/// <c>DELETE /me/permissions</c> revokes. Meta has no refresh tokens: a long-lived token is re-exchanged.
/// </summary>
public static class MetaOAuth
{
    public static IResult Dialog(HttpRequest request, IOptions<FakeOptions> options, AuthorizationCodes codes)
    {
        var q = request.Query;
        var redirect = q["redirect_uri"].ToString();
        if (q["client_id"] != options.Value.Meta.ClientId)
        {
            return Redirects.Refuse("Invalid App ID: the client_id is not a registered app.");
        }

        if (!Redirects.IsAbsolute(redirect))
        {
            return Redirects.Refuse("URL blocked: redirect_uri is not an absolute URL.");
        }

        var code = codes.Create(Platform.Meta, q["client_id"].ToString(), redirect, NullIfEmpty(q["code_challenge"]), NullIfEmpty(q["code_challenge_method"]), q["scope"].ToString());
        return Redirects.Back(redirect, [new("code", code), new("state", q["state"].ToString())]);
    }

    public static IResult AccessToken(HttpRequest request, IOptions<FakeOptions> options, AuthorizationCodes codes, TokenStore tokens)
    {
        var q = request.Query;
        var app = options.Value.Meta;
        if (q["client_id"] != app.ClientId || q["client_secret"] != app.ClientSecret)
        {
            return MetaErrors.Error(400, 1, "Error validating client secret.");
        }

        if (q["grant_type"] == "fb_exchange_token")
        {
            var state = tokens.Check(Platform.Meta, q["fb_exchange_token"]);
            if (state != TokenState.Valid)
            {
                return MetaErrors.Token(state);
            }

            var lived = tokens.IssueAccess(Platform.Meta, TimeSpan.FromSeconds(options.Value.MetaLongLivedSeconds));
            return Results.Json(new { access_token = lived.Value, token_type = "bearer", expires_in = options.Value.MetaLongLivedSeconds });
        }

        var (result, _) = codes.Redeem(Platform.Meta, NullIfEmpty(q["code"]), q["client_id"], NullIfEmpty(q["redirect_uri"]), NullIfEmpty(q["code_verifier"]));
        if (result != Redemption.Ok)
        {
            return MetaErrors.Error(400, 100, result switch
            {
                Redemption.WrongRedirect => "Error validating verification code. Please make sure your redirect_uri is identical to the one you used in the OAuth dialog request",
                Redemption.VerifierMissing or Redemption.VerifierMismatch => "Invalid code verifier.",
                _ => "This authorization code has been used.",
            }, 36009);
        }

        var token = tokens.IssueAccess(Platform.Meta);
        return Results.Json(new { access_token = token.Value, token_type = "bearer", expires_in = app.AccessTokenSeconds });
    }

    public static IResult RevokePermissions(HttpRequest request, TokenStore tokens)
    {
        var token = request.Query["access_token"].ToString() is { Length: > 0 } t ? t : Control.Gate.Bearer(request);
        var state = tokens.Check(Platform.Meta, token);
        if (state != TokenState.Valid)
        {
            return MetaErrors.Token(state);
        }

        tokens.Revoke(token!);
        return Results.Json(new { success = true });
    }

    private static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) =>
        string.IsNullOrEmpty(value) ? null : value.ToString();
}
