using System.Text.Json.Nodes;
using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Auth;
using Microsoft.Extensions.Options;

namespace GrainMarketing.FakePlatforms.TikTok;

/// <summary>
/// TikTok's advertiser authorisation: the portal page (<c>/portal/auth</c>, auto-consents) redirects with
/// <c>auth_code</c>; <c>oauth2/access_token/</c> exchanges it with app_id and secret for a long-term token and the
/// advertiser ids it may use. TikTok's business flow has no PKCE; the fake checks a verifier only when a challenge was sent.
/// </summary>
public static class TikTokOAuth
{
    public static IResult Portal(HttpRequest request, IOptions<FakeOptions> options, AuthorizationCodes codes)
    {
        var q = request.Query;
        var redirect = q["redirect_uri"].ToString();
        if (q["app_id"] != options.Value.TikTok.ClientId || !Redirects.IsAbsolute(redirect))
        {
            return Redirects.Refuse("The app_id or redirect_uri is not registered.");
        }

        var challenge = q["code_challenge"].ToString();
        var code = codes.Create(Platform.TikTok, q["app_id"].ToString(), redirect, challenge.Length > 0 ? challenge : null, q["code_challenge_method"].ToString(), q["scope"].ToString());
        return Redirects.Back(redirect, [new("auth_code", code), new("code", code), new("state", q["state"].ToString())]);
    }

    public static async Task<IResult> AccessToken(HttpRequest request, IOptions<FakeOptions> options, AuthorizationCodes codes, TokenStore tokens, AccountBook book)
    {
        var body = await TikTokApi.Body(request);
        var app = options.Value.TikTok;
        if (Text(body, "app_id") != app.ClientId || Text(body, "secret") != app.ClientSecret)
        {
            return TikTokEnvelope.Error(40001, "The app_id or secret is invalid.");
        }

        var (result, _) = codes.Redeem(Platform.TikTok, Text(body, "auth_code"), app.ClientId, null, Text(body, "code_verifier"));
        if (result != Redemption.Ok)
        {
            return TikTokEnvelope.Error(40002, result is Redemption.VerifierMismatch or Redemption.VerifierMissing ? "code_verifier does not match." : "auth_code is invalid or has been used.");
        }

        var token = tokens.IssueAccess(Platform.TikTok);
        return TikTokEnvelope.Ok(new
        {
            access_token = token.Value,
            advertiser_ids = book.Of(Platform.TikTok).Select(a => a.Id).ToList(),
            scope = new[] { 4, 5, 6 },
        });
    }

    public static async Task<IResult> Revoke(HttpRequest request, IOptions<FakeOptions> options, TokenStore tokens)
    {
        var body = await TikTokApi.Body(request);
        if (Text(body, "app_id") != options.Value.TikTok.ClientId || Text(body, "secret") != options.Value.TikTok.ClientSecret)
        {
            return TikTokEnvelope.Error(40001, "The app_id or secret is invalid.");
        }

        var token = Text(body, "access_token") ?? "";
        return tokens.Check(Platform.TikTok, token) == TokenState.Valid && tokens.Revoke(token)
            ? TikTokEnvelope.Ok(new { })
            : TikTokEnvelope.Token(tokens.Check(Platform.TikTok, token));
    }

    private static string? Text(JsonObject? body, string name) => body?[name]?.ToString();
}
