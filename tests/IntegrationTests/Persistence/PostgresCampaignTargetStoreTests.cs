using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;
using GrainMarketing.UnitTests.Offers;
using Npgsql;

namespace GrainMarketing.IntegrationTests.Persistence;

/// <summary>The <c>campaign_targets</c> store against a real server, each test in a database of its own migrated by the real <c>migrate</c> command.</summary>
public sealed class PostgresCampaignTargetStoreTests : CampaignTargetStoreContract
{
    private ProcessCluster? _database;
    private NpgsqlDataSource? _dataSource;

    [Fact]
    public async Task HeldOutCustomersAreThoseTheServersHashOfTheirIdSeededByTheCampaignPicks()
    {
        await SeedAsync([.. Enumerable.Range(0, 300).Select(i => Row("acme", $"c{i}", [BehaviorPattern.Seasonal]))]);

        var list = await Store.BuildAsync("acme", "oc-s", new TargetSelection(new TargetCriteria([BehaviorPattern.Seasonal]), 0.3, OfferPlace.Anywhere, 1.5, null), default);

        await using var command = _dataSource!.CreateCommand("""
            SELECT count(*)::int FROM campaign_targets
            WHERE campaign = 'oc-s' AND holdout = (((hashtextextended(user_id, @seed) % 1000000) + 1000000) % 1000000 < 300000)
            """);
        command.Parameters.AddWithValue("seed", Holdout.Seed("oc-s"));
        Assert.Equal(300, (int)(await command.ExecuteScalarAsync())!);
        Assert.InRange(list.HeldOut, 60, 120);
    }

    public override async Task DisposeAsync()
    {
        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected override async Task<ICampaignTargetStore> CreateEmptyAsync()
    {
        _database = await ProcessCluster.CreateAsync();
        _dataSource = NpgsqlDataSource.Create(_database.ConnectionString);
        return new PostgresCampaignTargetStore(_dataSource);
    }

    protected override async Task SeedAsync(params CustomerRow[] rows) => await SeededCustomers.InsertAsync(_dataSource!, rows);
}
