using System.Net;
using GrainMarketing.Dashboard.Sessions;
using Microsoft.AspNetCore.Http;

namespace GrainMarketing.DashboardTests;

public sealed class ForwardedForHandlerTests
{
    [Fact]
    public async Task TheBrowsersAddressReplacesAnyForwardedForTheCallCarried()
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.9").MapToIPv6();
        var seen = new SeenHeaders();
        using var client = new HttpClient(new ForwardedForHandler(new HttpContextAccessor { HttpContext = context }) { InnerHandler = seen });
        using var request = new HttpRequestMessage(HttpMethod.Post, "http://api.test/api/v1/auth/login");
        request.Headers.Add(ForwardedForHandler.Header, "198.51.100.1");

        using var _ = await client.SendAsync(request);

        Assert.Equal(["203.0.113.9"], seen.ForwardedFor);
    }

    [Fact]
    public async Task WithNoRequestAtHandNothingIsForwarded()
    {
        var seen = new SeenHeaders();
        using var client = new HttpClient(new ForwardedForHandler(new HttpContextAccessor()) { InnerHandler = seen });

        using var _ = await client.GetAsync(new Uri("http://api.test/api/v1/auth/me"));

        Assert.Empty(seen.ForwardedFor);
    }

    private sealed class SeenHeaders : HttpMessageHandler
    {
        public IReadOnlyList<string> ForwardedFor { get; private set; } = [];

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            ForwardedFor = request.Headers.TryGetValues(ForwardedForHandler.Header, out var values) ? [.. values] : [];
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
        }
    }
}
