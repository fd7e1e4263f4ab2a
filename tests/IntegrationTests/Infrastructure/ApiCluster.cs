namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>One silo and the API host in the Postgres profile, shared by every test of the tenants API.</summary>
public class ApiCluster : IAsyncLifetime
{
    private ProcessCluster? _cluster;
    private HttpClient? _api;
    private HttpClient? _anonymous;

    public ProcessCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster did not start.");

    /// <summary>Signed in as an account that creates the tenants the tests use, so it is their admin.</summary>
    public HttpClient Api => _api ?? throw new InvalidOperationException("The cluster did not start.");

    /// <summary>Sends no credentials.</summary>
    public HttpClient Anonymous => _anonymous ?? throw new InvalidOperationException("The cluster did not start.");

    public async Task InitializeAsync()
    {
        _cluster = await ProcessCluster.CreateAsync(Settings);
        await _cluster.StartAsync(silos: 1);
        _anonymous = _cluster.CreateApiClient();
        (_api, _) = await _cluster.CreateSignedInClientAsync();
    }

    /// <summary>Settings for every process of the cluster, beyond the defaults.</summary>
    protected virtual IDictionary<string, string>? Settings => null;

    public virtual async Task DisposeAsync()
    {
        _api?.Dispose();
        _anonymous?.Dispose();
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
