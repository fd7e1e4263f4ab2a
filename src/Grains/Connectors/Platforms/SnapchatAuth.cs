using System.Net;
using System.Text.Json;

namespace GrainMarketing.Connectors.Platforms;

/// <summary>
/// Snapchat's OAuth at accounts.snapchat.com: codes and refresh tokens exchanged at <c>/login/oauth2/access_token</c>,
/// access tokens living 1,800 s; ad accounts from <c>/me/organizations?with_ad_accounts=true</c>.
/// </summary>
/// <remarks>PKCE is sent as Snap's login kit documents it; unsure whether the Marketing API's apps require it.</remarks>
public sealed class SnapchatAuth(HttpClient http, PlatformEndpoints endpoints, TimeProvider clock) : IPlatformAuth
{
    public Uri AuthorizationUrl(string state, string challenge, Uri callback) => PlatformHttp.With(endpoints.AuthorizeUrl!,
        ("client_id", endpoints.ClientId), ("redirect_uri", callback.ToString()), ("response_type", "code"), ("scope", endpoints.Scopes),
        ("state", state), ("code_challenge", challenge), ("code_challenge_method", "S256"));

    public async Task<TokenGrant> ExchangeAsync(string code, string verifier, Uri callback, CancellationToken cancellation)
    {
        var answer = await SendAsync(PlatformHttp.PostForm(endpoints.TokenUrl!, ("grant_type", "authorization_code"), ("code", code),
            ("client_id", endpoints.ClientId), ("client_secret", endpoints.ClientSecret), ("redirect_uri", callback.ToString()),
            ("code_verifier", verifier)), cancellation);
        return Grant(answer, null);
    }

    public async Task<TokenGrant> RefreshAsync(TokenGrant grant, CancellationToken cancellation)
    {
        var answer = await SendAsync(PlatformHttp.PostForm(endpoints.TokenUrl!, ("grant_type", "refresh_token"),
            ("refresh_token", grant.RefreshToken), ("client_id", endpoints.ClientId), ("client_secret", endpoints.ClientSecret)), cancellation);
        return Grant(answer, grant.RefreshToken);
    }

    public async Task<IReadOnlyList<ConnectedAccount>> AccountsAsync(string accessToken, CancellationToken cancellation)
    {
        var url = PlatformHttp.With(PlatformHttp.Join(endpoints.ApiBaseUrl!, $"{endpoints.ApiVersion}/me/organizations"), ("with_ad_accounts", "true"));
        var answer = await SendAsync(PlatformHttp.Get(url, accessToken), cancellation);
        return [.. answer.GetProperty("organizations").EnumerateArray()
            .SelectMany(o => o.GetProperty("organization").TryGetProperty("ad_accounts", out var accounts) ? accounts.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Select(a => new ConnectedAccount(PlatformHttp.Text(a, "id")!, PlatformHttp.Text(a, "name") ?? "",
                PlatformHttp.Text(a, "currency"), PlatformHttp.Text(a, "timezone"), false))];
    }

    private TokenGrant Grant(JsonElement answer, string? previousRefresh) =>
        new(PlatformHttp.Text(answer, "access_token")!, PlatformHttp.Text(answer, "refresh_token") ?? previousRefresh, PlatformHttp.Expiry(answer, clock.GetUtcNow()));

    private Task<JsonElement> SendAsync(HttpRequestMessage request, CancellationToken cancellation) =>
        PlatformHttp.SendAsync(http, request, Refused, cancellation);

    private static bool Refused(HttpStatusCode status, JsonElement body) =>
        status == HttpStatusCode.Unauthorized || PlatformHttp.Text(body, "error") is "invalid_grant" or "invalid_token";
}
