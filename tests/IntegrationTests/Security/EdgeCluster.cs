namespace GrainMarketing.IntegrationTests.Security;

/// <summary>An API host on the shared silo for the tests of the deployment's edge: body limits, secret answers, the live feed.</summary>
/// <remarks>A single wrong password from an address empties that address's bucket for the account here, so a login that is counted shows at once.</remarks>
public sealed class EdgeCluster : Infrastructure.ApiCluster
{
    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["RateLimits__FailedLoginsPerSource__TokenLimit"] = "1",
        ["RateLimits__FailedLoginsPerSource__TokensPerPeriod"] = "1",
    };
}

/// <summary>The tests that share one <see cref="EdgeCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class EdgeCollection : ICollectionFixture<EdgeCluster>
{
    public const string Name = "edge";
}
