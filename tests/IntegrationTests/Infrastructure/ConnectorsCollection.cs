namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>The tests that share one <see cref="ConnectorsCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class ConnectorsCollection : ICollectionFixture<ConnectorsCluster>
{
    public const string Name = "connectors";
}
