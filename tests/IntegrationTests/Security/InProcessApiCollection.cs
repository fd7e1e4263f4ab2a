namespace GrainMarketing.IntegrationTests.Security;

/// <summary>The hostile-input tests that share one <see cref="InProcessApiCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class InProcessApiCollection : ICollectionFixture<InProcessApiCluster>
{
    public const string Name = "in-process api";
}
