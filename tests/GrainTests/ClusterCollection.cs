namespace GrainMarketing.GrainTests;

/// <summary>The grain tests, which share one <see cref="ClusterFixture"/> and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
