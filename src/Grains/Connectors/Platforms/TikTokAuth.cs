using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GrainMarketing.Connectors.Platforms;

/// <summary>
/// TikTok's Business API authorization: consent at the portal, the <c>auth_code</c> exchanged at
/// <c>/oauth2/access_token/</c> for a long-term token (it does not expire; revoking the app ends it); advertisers from
/// <c>/oauth2/advertiser/get/</c> with their currency and zone from <c>/advertiser/info/</c>.
/// </summary>
/// <remarks>
/// TikTok answers errors with HTTP 200 and a non-zero <c>code</c>. 40102, 40104 and 40105 (token expired, missing,
/// invalid) end the grant; unsure whether that list is complete. The portal documents app_id, state and redirect_uri
/// only: the PKCE challenge is sent too and the verifier with the code, which TikTok ignores where it does not use them.
/// </remarks>
public sealed class TikTokAuth(HttpClient http, PlatformEndpoints endpoints) : IPlatformAuth
{
    private static readonly HashSet<string> RefusedCodes = ["40102", "40104", "40105"];

    public Uri AuthorizationUrl(string state, string challenge, Uri callback) => PlatformHttp.With(endpoints.AuthorizeUrl!,
        ("app_id", endpoints.ClientId), ("state", state), ("redirect_uri", callback.ToString()),
        ("code_challenge", challenge), ("code_challenge_method", "S256"));

    public async Task<TokenGrant> ExchangeAsync(string code, string verifier, Uri callback, CancellationToken cancellation)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoints.TokenUrl!)
        {
            Content = JsonContent.Create(new { app_id = endpoints.ClientId, secret = endpoints.ClientSecret, auth_code = code, code_verifier = verifier }),
        };
        var data = await SendAsync(request, cancellation);
        return new TokenGrant(PlatformHttp.Text(data, "access_token")!, null, null);
    }

    public Task<TokenGrant> RefreshAsync(TokenGrant grant, CancellationToken cancellation) =>
        throw new GrantRefusedException("TikTok's long-term token has no refresh: connect again.");

    public async Task<IReadOnlyList<ConnectedAccount>> AccountsAsync(string accessToken, CancellationToken cancellation)
    {
        var listed = await SendAsync(Api($"oauth2/advertiser/get/", accessToken, ("app_id", endpoints.ClientId), ("secret", endpoints.ClientSecret)), cancellation);
        var ids = listed.GetProperty("list").EnumerateArray().Select(a => PlatformHttp.Text(a, "advertiser_id")!).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var info = await SendAsync(Api("advertiser/info/", accessToken, ("advertiser_ids", JsonSerializer.Serialize(ids))), cancellation);
        return [.. info.GetProperty("list").EnumerateArray().Select(a => new ConnectedAccount(PlatformHttp.Text(a, "advertiser_id")!,
            PlatformHttp.Text(a, "name") ?? "", PlatformHttp.Text(a, "currency"), PlatformHttp.Text(a, "timezone"), false))];
    }

    private HttpRequestMessage Api(string path, string accessToken, params (string Name, string? Value)[] query)
    {
        var request = PlatformHttp.Get(PlatformHttp.With(PlatformHttp.Join(endpoints.ApiBaseUrl!, $"open_api/{endpoints.ApiVersion}/{path}"), query));
        request.Headers.Add("Access-Token", accessToken);
        return request;
    }

    /// <summary>The envelope's <c>data</c> when <c>code</c> is 0; otherwise the refusal or failure it names.</summary>
    private async Task<JsonElement> SendAsync(HttpRequestMessage request, CancellationToken cancellation)
    {
        var answer = await PlatformHttp.SendAsync(http, request, (status, _) => status == HttpStatusCode.Unauthorized, cancellation);
        var code = PlatformHttp.Text(answer, "code");
        if (code == "0")
        {
            return answer.GetProperty("data");
        }

        var message = $"TikTok code {code}: {PlatformHttp.Text(answer, "message")}";
        throw RefusedCodes.Contains(code ?? "") ? new GrantRefusedException(message) : new HttpRequestException(message);
    }
}
