namespace GrainMarketing.IntegrationTests.RealData;

/// <summary>The real-data tests that share one <see cref="YearOfDataCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class YearOfDataCollection : ICollectionFixture<YearOfDataCluster>
{
    public const string Name = "year-of-data";
}
