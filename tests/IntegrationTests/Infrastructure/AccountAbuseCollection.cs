namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>The tests that share one <see cref="AccountAbuseCluster"/>.</summary>
[CollectionDefinition(Name)]
public sealed class AccountAbuseCollection : ICollectionFixture<AccountAbuseCluster>
{
    public const string Name = "account-abuse";
}
