namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>An API host in the Postgres profile on the run's <see cref="SharedSilo"/>, shared by the tests of a collection or class.</summary>
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

    public virtual async Task InitializeAsync()
    {
        _cluster = await SharedSilo.ViewAsync(Settings);
        await _cluster.StartApiAsync();
        _anonymous = _cluster.CreateApiClient();
        (_api, _) = await _cluster.CreateSignedInClientAsync();
    }

    /// <summary>Settings of the API host beyond the defaults; the shared silo keeps its own.</summary>
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
