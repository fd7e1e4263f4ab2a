using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>
/// A silo process (Postgres profile) whose alerts may reach loopback, retry after 100 ms doubling and
/// mail a local SMTP server; the API host in this process, so tests can raise alerts through its client.
/// </summary>
public sealed class AlertsCluster : IAsyncLifetime
{
    public const int MaxAttempts = 4;
    public static readonly TimeSpan RetryBase = TimeSpan.FromMilliseconds(100);

    private ProcessCluster? _cluster;
    private InProcessApi? _api;
    private HttpClient? _client;

    public SmtpSink Smtp { get; } = new();

    public WebhookReceiver Receiver { get; } = new();

    public ProcessCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster did not start.");

    /// <summary>Signed in as the account that creates the tests' tenants, so their admin.</summary>
    public HttpClient Api => _client ?? throw new InvalidOperationException("The cluster did not start.");

    /// <summary>Another client of the same API host, signed in as nobody.</summary>
    public HttpClient NewClient() => (_api ?? throw new InvalidOperationException("The cluster did not start.")).CreateHttpClient();

    public IGrainFactory Grains => (_api ?? throw new InvalidOperationException("The cluster did not start.")).Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        _cluster = await ProcessCluster.CreateAsync(new Dictionary<string, string>
        {
            ["Alerts__AllowPrivateTargets"] = "true",
            ["Alerts__RetryBaseDelay"] = RetryBase.ToString("c", CultureInfo.InvariantCulture),
            ["Alerts__MaxAttempts"] = MaxAttempts.ToString(CultureInfo.InvariantCulture),
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp__Security"] = "None",
        });
        await _cluster.StartSiloAsync();
        _api = InProcessApi.Start(_cluster);
        _client = _api.CreateHttpClient();
        _client.Timeout = TimeSpan.FromSeconds(30);
        _client.WithBearer(await TestAccounts.SignUpAsync(_client, TestAccounts.NewEmail("alerts")));
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        await Receiver.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
