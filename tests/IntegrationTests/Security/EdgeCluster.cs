namespace GrainMarketing.IntegrationTests.Security;

/// <summary>One silo and API host for the tests of the deployment's edge: body limits, secret answers, the live feed.</summary>
/// <remarks>A single wrong password locks an account here, so a login that is counted shows at once.</remarks>
public sealed class EdgeCluster : Infrastructure.ApiCluster
{
    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Accounts__MaxFailedLogins"] = "1",
    };
}

/// <summary>The tests that share one <see cref="EdgeCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class EdgeCollection : ICollectionFixture<EdgeCluster>
{
    public const string Name = "edge";
}
