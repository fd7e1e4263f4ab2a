using GrainMarketing.IntegrationTests.Connectors.FakePlatforms;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>An API host on the shared silo, whose connectors point at the run's <see cref="SharedPlatforms"/>, and a local webhook for alerts.</summary>
public sealed class ConnectorsCluster : ApiCluster
{
    private FakePlatformsServer? _platforms;

    public FakePlatformsServer Platforms => _platforms ?? throw new InvalidOperationException("The cluster did not start.");

    public WebhookReceiver Receiver { get; } = new();

    /// <summary>Where this API host takes the platforms' callbacks: itself, as the platforms are told.</summary>
    public string CallbackUrl => new Uri(Cluster.ApiAddress, "api/v1/connections/callback").ToString();

    public override async Task InitializeAsync()
    {
        _platforms = await SharedPlatforms.ServerAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
