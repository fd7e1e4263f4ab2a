using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>
/// A silo started as scripts/run.sh starts it (Memory profile, own process): its metrics, health and dashboard
/// ports listen on loopback only, and the Orleans dashboard answers nobody without the configured password.
/// </summary>
public sealed class OperationalEndpointExposureTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private const string Password = "dashboard password for the test";

    [Fact]
    public async Task TheDashboardAnswers401WithoutTheCredentialAnd200WithIt()
    {
        var (silo, metricsPort, dashboardPort) = await StartSiloAsync(Password);
        await using var _ = silo;
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{dashboardPort}/"), Timeout = TimeSpan.FromSeconds(10) };

        using var anonymous = await http.GetAsync("dashboard/");
        using var wrong = await SendAsync(http, "dashboard/", "operator", "not the password");
        using var reminders = await http.GetAsync("dashboard/Reminders/1");
        using var signedIn = await SendAsync(http, "dashboard/", "operator", Password);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("Basic", anonymous.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, reminders.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        using var health = await new HttpClient().GetAsync($"http://127.0.0.1:{metricsPort}/health/ready");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task TheSilosPortsAreNotReachableOnAnyOtherAddressByDefault()
    {
        var (silo, metricsPort, dashboardPort) = await StartSiloAsync(Password);
        await using var _ = silo;

        Assert.True(await AcceptsAsync(IPAddress.Loopback, metricsPort), silo.Output);
        Assert.True(await AcceptsAsync(IPAddress.Loopback, dashboardPort), silo.Output);
        foreach (var address in OtherAddresses())
        {
            Assert.False(await AcceptsAsync(address, metricsPort), $"the metrics port answers on {address}");
            Assert.False(await AcceptsAsync(address, dashboardPort), $"the dashboard port answers on {address}");
        }
    }

    [Fact]
    public async Task WithoutAPasswordTheDashboardDoesNotRun()
    {
        var (silo, _, dashboardPort) = await StartSiloAsync(password: null);
        await using var _ = silo;

        Assert.False(await AcceptsAsync(IPAddress.Loopback, dashboardPort), "the dashboard port listens without a password");
    }

    [Fact]
    public void TheApiHostListensOnLoopbackUnlessConfigured()
    {
        var settings = Path.Combine(Path.GetDirectoryName(TestEnvironment.ApiHostDll)!, "appsettings.json");
        var urls = JsonDocument.Parse(File.ReadAllText(settings)).RootElement.GetProperty("Urls").GetString()!;

        Assert.All(urls.Split(';'), url => Assert.True(IPAddress.IsLoopback(IPAddress.Parse(new Uri(url).Host)), url));
    }

    private static async Task<(AppProcess Silo, int MetricsPort, int DashboardPort)> StartSiloAsync(string? password)
    {
        var cluster = $"gm_ops_{Guid.NewGuid():N}"[..20];
        var (metricsPort, dashboardPort) = (FreePort.Next(), FreePort.Next());
        var settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Memory",
            ["Orleans__ClusterId"] = cluster,
            ["Orleans__ServiceId"] = cluster,
            ["Silo__SiloPort"] = Port(FreePort.Next()),
            ["Silo__GatewayPort"] = Port(FreePort.Next()),
            ["Silo__MetricsPort"] = Port(metricsPort),
            ["Silo__DashboardPort"] = Port(dashboardPort),
        };
        if (password is not null)
        {
            settings["Silo__DashboardPassword"] = password;
        }

        var silo = AppProcess.Start("silo", TestEnvironment.SiloDll, settings);
        await silo.WaitUntilReadyAsync($"http://127.0.0.1:{metricsPort}/health/ready", StartTimeout);
        return (silo, metricsPort, dashboardPort);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient http, string path, string user, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        return http.SendAsync(request);
    }

    /// <summary>This machine's own non-loopback addresses, and 127.0.0.2, which only a socket bound to every address accepts.</summary>
    private static IEnumerable<IPAddress> OtherAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(nic => nic.OperationalStatus == OperationalStatus.Up && nic.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(nic => nic.GetIPProperties().UnicastAddresses)
            .Select(unicast => unicast.Address)
            .Where(address => address.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(address))
            .Append(IPAddress.Parse("127.0.0.2"));

    private static async Task<bool> AcceptsAsync(IPAddress address, int port)
    {
        using var client = new TcpClient(address.AddressFamily);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            await client.ConnectAsync(address, port, timeout.Token);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
