using System.Net;
using System.Text.Json;

namespace GrainMarketing.Connectors.Platforms;

/// <summary>
/// Facebook Login's manual flow: consent at <c>/dialog/oauth</c>, the code exchanged at <c>/oauth/access_token</c>,
/// then the short-lived token exchanged for a long-lived one (<c>grant_type=fb_exchange_token</c>, about 60 days).
/// </summary>
/// <remarks>
/// Meta has no refresh tokens: a long-lived token cannot be renewed without the person, so the connection asks for a
/// new consent before it expires. Meta documents PKCE for the manual flow's code exchange; unsure whether every app type
/// enforces it, so the challenge and verifier are always sent. Error code 190 is an invalid or expired token.
/// </remarks>
public sealed class MetaAuth(HttpClient http, PlatformEndpoints endpoints, TimeProvider clock) : IPlatformAuth
{
    public Uri AuthorizationUrl(string state, string challenge, Uri callback) => PlatformHttp.With(endpoints.AuthorizeUrl!,
        ("client_id", endpoints.ClientId), ("redirect_uri", callback.ToString()), ("state", state), ("response_type", "code"),
        ("scope", endpoints.Scopes), ("code_challenge", challenge), ("code_challenge_method", "S256"));

    public async Task<TokenGrant> ExchangeAsync(string code, string verifier, Uri callback, CancellationToken cancellation)
    {
        var shortLived = await SendAsync(PlatformHttp.Get(PlatformHttp.With(endpoints.TokenUrl!,
            ("client_id", endpoints.ClientId), ("client_secret", endpoints.ClientSecret), ("redirect_uri", callback.ToString()),
            ("code", code), ("code_verifier", verifier))), cancellation);
        var longLived = await SendAsync(PlatformHttp.Get(PlatformHttp.With(endpoints.TokenUrl!,
            ("grant_type", "fb_exchange_token"), ("client_id", endpoints.ClientId), ("client_secret", endpoints.ClientSecret),
            ("fb_exchange_token", PlatformHttp.Text(shortLived, "access_token")))), cancellation);
        return new TokenGrant(PlatformHttp.Text(longLived, "access_token")!, null, PlatformHttp.Expiry(longLived, clock.GetUtcNow()));
    }

    public Task<TokenGrant> RefreshAsync(TokenGrant grant, CancellationToken cancellation) =>
        throw new GrantRefusedException("Meta's long-lived tokens cannot be renewed without the person: connect again.");

    public async Task<IReadOnlyList<ConnectedAccount>> AccountsAsync(string accessToken, CancellationToken cancellation)
    {
        var accounts = new List<ConnectedAccount>();
        Uri? next = PlatformHttp.With(PlatformHttp.Join(endpoints.ApiBaseUrl!, $"{endpoints.ApiVersion}/me/adaccounts"),
            ("fields", "account_id,name,currency,timezone_name"), ("limit", "100"));
        while (next is not null)
        {
            var page = await SendAsync(PlatformHttp.Get(next, accessToken), cancellation);
            accounts.AddRange(page.GetProperty("data").EnumerateArray().Select(a => new ConnectedAccount(
                PlatformHttp.Text(a, "account_id") ?? PlatformHttp.Text(a, "id")!.Replace("act_", "", StringComparison.Ordinal),
                PlatformHttp.Text(a, "name") ?? "", PlatformHttp.Text(a, "currency"), PlatformHttp.Text(a, "timezone_name"), false)));
            next = page.TryGetProperty("paging", out var paging) && PlatformHttp.Text(paging, "next") is { } link ? new Uri(link) : null;
        }

        return accounts;
    }

    private Task<JsonElement> SendAsync(HttpRequestMessage request, CancellationToken cancellation) =>
        PlatformHttp.SendAsync(http, request, Refused, cancellation);

    /// <summary>Code 190 (invalid OAuth access token) and an unusable code (100 with subcode 36009) end the grant.</summary>
    private static bool Refused(HttpStatusCode status, JsonElement body) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object
        && (PlatformHttp.Text(error, "code") == "190" || PlatformHttp.Text(error, "error_subcode") == "36009" || status == HttpStatusCode.Unauthorized);
}
