namespace GrainMarketing.IntegrationTests.Connectors.FakePlatforms;

/// <summary>The tests that share one <see cref="FakePlatformsServer"/> process.</summary>
[CollectionDefinition(Name)]
public sealed class FakePlatformsCollection : ICollectionFixture<FakePlatformsServer>
{
    public const string Name = "fake-platforms";
}
