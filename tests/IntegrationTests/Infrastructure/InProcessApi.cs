using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>
/// The real API host, run in this process on Kestrel (real HTTP on a loopback port) against a real
/// silo process, so a test can read its routing data or give it a clock to move.
/// </summary>
public sealed class InProcessApi(ProcessCluster cluster, TimeProvider? clock = null, ILoggerProvider? logs = null) : WebApplicationFactory<Program>
{
    public HttpClient CreateHttpClient()
    {
        var client = CreateClient();
        client.Timeout = TimeSpan.FromSeconds(10);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (name, value) in cluster.Settings)
        {
            builder.UseSetting(name.Replace("__", ":", StringComparison.Ordinal), value);
        }

        if (clock is not null)
        {
            builder.ConfigureServices(services => services.AddSingleton(clock));
        }

        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }

    /// <summary>Starts the host on Kestrel at a free loopback port.</summary>
    public static InProcessApi Start(ProcessCluster cluster, TimeProvider? clock = null, ILoggerProvider? logs = null)
    {
        var api = new InProcessApi(cluster, clock, logs);
        api.UseKestrel(0);
        api.StartServer();
        return api;
    }
}
