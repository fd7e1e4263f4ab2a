using System.Net;
using System.Net.Sockets;
using GrainMarketing.Alerts;
using GrainMarketing.IntegrationTests.Alerts;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>
/// The alert sender connects to the channel's own address, never through the process's default proxy
/// (what HTTP_PROXY and HTTPS_PROXY configure), since a proxy would connect on the silo's behalf past the
/// private-address guard.
/// </summary>
public sealed class AlertSenderProxyTests : IAsyncLifetime
{
    private readonly WebhookReceiver _receiver = new();
    private readonly TcpListener _proxy = new(IPAddress.Loopback, 0);
    private int _proxyConnections;
    private Task _proxying = Task.CompletedTask;

    [Fact]
    public async Task TheEnvironmentProxyIsNotUsed()
    {
        var url = _receiver.NewUrl("direct");
        var before = HttpClient.DefaultProxy;
        HttpClient.DefaultProxy = new EveryRequestProxy(new Uri($"http://127.0.0.1:{((IPEndPoint)_proxy.LocalEndpoint).Port}/"));
        try
        {
            // Private targets allowed, since the receiver is on loopback: the proxy is what is under test.
            await using var services = AlertTransports.Services(allowPrivateTargets: true);

            var result = await services.GetRequiredService<IAlertTransport>().SendAsync(AlertTransports.WebhookJob(url), CancellationToken.None);

            Assert.Equal((true, 0), (result.Delivered, Volatile.Read(ref _proxyConnections)));
            Assert.Equal(1, _receiver.Count(url));
        }
        finally
        {
            HttpClient.DefaultProxy = before;
        }
    }

    public Task InitializeAsync()
    {
        _proxy.Start();
        _proxying = AcceptAsync();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _proxy.Stop();
        await Task.WhenAny(_proxying);
        await _receiver.DisposeAsync();
    }

    /// <summary>Counts and drops every connection, so a request sent through it fails.</summary>
    private async Task AcceptAsync()
    {
        while (true)
        {
            try
            {
                using var client = await _proxy.AcceptTcpClientAsync();
                Interlocked.Increment(ref _proxyConnections);
            }
            catch (Exception stopped) when (stopped is SocketException or ObjectDisposedException)
            {
                return;
            }
        }
    }

    /// <summary>A proxy as HTTP_PROXY sets one, bypassing nothing, not even loopback.</summary>
    private sealed class EveryRequestProxy(Uri address) : IWebProxy
    {
        public ICredentials? Credentials { get; set; }

        public Uri GetProxy(Uri destination) => address;

        public bool IsBypassed(Uri host) => false;
    }
}
