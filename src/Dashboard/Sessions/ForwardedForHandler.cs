namespace GrainMarketing.Dashboard.Sessions;

/// <summary>
/// Tells the API which browser a call is made for (<c>X-Forwarded-For</c>), so its per-address limits (failed
/// sign-ins, sign-ups) count each person's address rather than the dashboard's, which every call shares.
/// </summary>
/// <remarks>The API believes the header only from the proxies it trusts (<c>Http:TrustedProxies</c>, loopback by default).</remarks>
public sealed class ForwardedForHandler(IHttpContextAccessor http) : DelegatingHandler
{
    public const string Header = "X-Forwarded-For";

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (http.HttpContext?.Connection.RemoteIpAddress is { } address)
        {
            request.Headers.Remove(Header);
            request.Headers.Add(Header, (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString());
        }

        return base.SendAsync(request, cancellationToken);
    }
}
