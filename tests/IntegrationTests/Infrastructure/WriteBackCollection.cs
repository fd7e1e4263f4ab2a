namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>The tests that share one <see cref="WriteBackCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class WriteBackCollection : ICollectionFixture<WriteBackCluster>
{
    public const string Name = "write-back";
}
