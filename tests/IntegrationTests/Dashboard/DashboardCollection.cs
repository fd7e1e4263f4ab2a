namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The browser tests, sharing one dashboard process and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardCluster>
{
    public const string Name = "dashboard";
}
