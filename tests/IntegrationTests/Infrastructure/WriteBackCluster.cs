using GrainMarketing.IntegrationTests.Connectors.FakePlatforms;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>
/// The API host in this process on the run's <see cref="SharedSilo"/>, whose connectors point at the shared
/// <see cref="SharedPlatforms"/>: the write-back tests connect over HTTP and, as the sync would, tell the account index
/// which account a campaign came from through the host's grain client.
/// </summary>
public sealed class WriteBackCluster : IAsyncLifetime
{
    private InProcessApi? _api;
    private HttpClient? _client;
    private FakePlatformsServer? _platforms;

    public FakePlatformsServer Platforms => _platforms ?? throw new InvalidOperationException("The cluster did not start.");

    /// <summary>Signed in as the account that creates the tests' tenants, so their admin.</summary>
    public HttpClient Api => _client ?? throw new InvalidOperationException("The cluster did not start.");

    public IGrainFactory Grains => (_api ?? throw new InvalidOperationException("The cluster did not start.")).Services.GetRequiredService<IGrainFactory>();

    public async Task InitializeAsync()
    {
        _platforms = await SharedPlatforms.ServerAsync();
        _api = InProcessApi.Start(await SharedSilo.ViewAsync(null));
        _client = _api.CreateHttpClient();
        _client.Timeout = TimeSpan.FromSeconds(30);
        _client.WithBearer(await TestAccounts.SignUpAsync(_client, TestAccounts.NewEmail("write-back")));
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_api is not null)
        {
            await _api.DisposeAsync();
        }
    }
}
