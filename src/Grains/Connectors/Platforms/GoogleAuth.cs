using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GrainMarketing.Connectors.Platforms;

/// <summary>
/// Google's OAuth 2.0 for installed and web apps with PKCE: offline access, so a refresh token comes with the first
/// grant; accounts from <c>customers:listAccessibleCustomers</c>, each customer's name, currency and zone by GAQL.
/// </summary>
/// <remarks><c>invalid_grant</c> from the token endpoint is a revoked or expired refresh token; a 401 from the API an unusable access token.</remarks>
public sealed class GoogleAuth(HttpClient http, PlatformEndpoints endpoints, TimeProvider clock) : IPlatformAuth
{
    private const string CustomerQuery = "SELECT customer.id, customer.descriptive_name, customer.currency_code, customer.time_zone FROM customer";

    public Uri AuthorizationUrl(string state, string challenge, Uri callback) => PlatformHttp.With(endpoints.AuthorizeUrl!,
        ("client_id", endpoints.ClientId), ("redirect_uri", callback.ToString()), ("response_type", "code"), ("scope", endpoints.Scopes),
        ("access_type", "offline"), ("prompt", "consent"), ("state", state), ("code_challenge", challenge), ("code_challenge_method", "S256"));

    public async Task<TokenGrant> ExchangeAsync(string code, string verifier, Uri callback, CancellationToken cancellation)
    {
        var answer = await SendAsync(PlatformHttp.PostForm(endpoints.TokenUrl!, ("grant_type", "authorization_code"), ("code", code),
            ("client_id", endpoints.ClientId), ("client_secret", endpoints.ClientSecret), ("redirect_uri", callback.ToString()),
            ("code_verifier", verifier)), cancellation);
        return new TokenGrant(PlatformHttp.Text(answer, "access_token")!, PlatformHttp.Text(answer, "refresh_token"), PlatformHttp.Expiry(answer, clock.GetUtcNow()));
    }

    public async Task<TokenGrant> RefreshAsync(TokenGrant grant, CancellationToken cancellation)
    {
        var answer = await SendAsync(PlatformHttp.PostForm(endpoints.TokenUrl!, ("grant_type", "refresh_token"),
            ("refresh_token", grant.RefreshToken), ("client_id", endpoints.ClientId), ("client_secret", endpoints.ClientSecret)), cancellation);
        return new TokenGrant(PlatformHttp.Text(answer, "access_token")!, PlatformHttp.Text(answer, "refresh_token") ?? grant.RefreshToken,
            PlatformHttp.Expiry(answer, clock.GetUtcNow()));
    }

    public async Task<IReadOnlyList<ConnectedAccount>> AccountsAsync(string accessToken, CancellationToken cancellation)
    {
        var listed = await SendAsync(Api(HttpMethod.Get, "customers:listAccessibleCustomers", accessToken), cancellation);
        var accounts = new List<ConnectedAccount>();
        foreach (var name in listed.GetProperty("resourceNames").EnumerateArray().Select(n => n.GetString()!))
        {
            var id = name["customers/".Length..];
            var request = Api(HttpMethod.Post, $"customers/{id}/googleAds:search", accessToken);
            request.Content = JsonContent.Create(new { query = CustomerQuery });
            var customer = (await SendAsync(request, cancellation)).GetProperty("results")[0].GetProperty("customer");
            accounts.Add(new ConnectedAccount(id, PlatformHttp.Text(customer, "descriptiveName") ?? id,
                PlatformHttp.Text(customer, "currencyCode"), PlatformHttp.Text(customer, "timeZone"), false));
        }

        return accounts;
    }

    private HttpRequestMessage Api(HttpMethod method, string path, string accessToken)
    {
        var request = PlatformHttp.Get(PlatformHttp.Join(endpoints.ApiBaseUrl!, $"{endpoints.ApiVersion}/{path}"), accessToken);
        request.Method = method;
        if (endpoints.DeveloperToken is { Length: > 0 } developer)
        {
            request.Headers.Add("developer-token", developer);
        }

        return request;
    }

    private Task<JsonElement> SendAsync(HttpRequestMessage request, CancellationToken cancellation) =>
        PlatformHttp.SendAsync(http, request, Refused, cancellation);

    private static bool Refused(HttpStatusCode status, JsonElement body) =>
        status == HttpStatusCode.Unauthorized || PlatformHttp.Text(body, "error") == "invalid_grant";
}
