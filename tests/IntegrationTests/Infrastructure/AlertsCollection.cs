namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>The tests that share one <see cref="AlertsCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class AlertsCollection : ICollectionFixture<AlertsCluster>
{
    public const string Name = "alerts";
}
