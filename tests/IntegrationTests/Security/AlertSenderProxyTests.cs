using System.Net;
using System.Net.Sockets;
using GrainMarketing.Alerts;
using GrainMarketing.Automation;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
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
            await using var services = Services();

            var result = await services.GetRequiredService<IAlertTransport>().SendAsync(Job(url), CancellationToken.None);

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

    /// <summary>Private targets allowed, since the receiver is on loopback: the proxy is what is under test.</summary>
    private static ServiceProvider Services() => new ServiceCollection()
        .AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Alerts:AllowPrivateTargets"] = "true" })
            .Build())
        .AddKeyedSingleton(DomainClock.Key, TimeProvider.System)
        .AddLogging()
        .AddGrainMarketingAlerts()
        .BuildServiceProvider();

    private static DeliveryJob Job(string url) => new(
        "acme", Guid.NewGuid(), Guid.NewGuid(), 1,
        new Alert("rule.fired", AlertSeverity.Error, "CPA above 40", "CPA 52.10", "k", DateTimeOffset.UtcNow),
        new StoredAlertChannel(
            new AlertChannel(Guid.NewGuid(), "ops", AlertChannelType.Webhook, AlertSeverity.Info, true, url, null,
                DateTimeOffset.UtcNow, "ana", DateTimeOffset.UtcNow, "ana", DateTimeOffset.UtcNow),
            "gmwh_secret"));

    /// <summary>A proxy as HTTP_PROXY sets one, bypassing nothing, not even loopback.</summary>
    private sealed class EveryRequestProxy(Uri address) : IWebProxy
    {
        public ICredentials? Credentials { get; set; }

        public Uri GetProxy(Uri destination) => address;

        public bool IsBypassed(Uri host) => false;
    }
}
