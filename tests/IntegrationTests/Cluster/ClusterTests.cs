using System.Net.Http.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Cluster;

/// <summary>The Postgres profile with real processes: schema, membership, durability across restarts.</summary>
public sealed class ClusterTests
{
    [Fact]
    public async Task MigrateAppliesEveryScriptOnceAndIsANoOpTheSecondTime()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        var scripts = await cluster.QueryScalarAsync<long>("SELECT count(*) FROM schema_versions");
        var queries = await cluster.QueryScalarAsync<long>("SELECT count(*) FROM orleansquery");

        string output = "";
        var exitCode = await cluster.MigrateAsync(o => output = o);

        Assert.Equal(0, exitCode);
        Assert.Contains("0 script(s) applied", output);
        Assert.True(scripts >= 4, $"expected the four Orleans scripts at least, journal holds {scripts}");
        Assert.Equal(scripts, await cluster.QueryScalarAsync<long>("SELECT count(*) FROM schema_versions"));
        Assert.Equal(queries, await cluster.QueryScalarAsync<long>("SELECT count(*) FROM orleansquery"));
    }

    [Fact]
    public async Task TwoSilosAndTheApiHostFormOneClusterThroughPostgresMembership()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        await cluster.StartAsync(silos: 2);

        // SiloStatus.Active is 3.
        var active = await cluster.QueryScalarAsync<long>(
            $"SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = '{cluster.Database}' AND status = 3");
        Assert.Equal(2, active);

        using var api = (await cluster.CreateSignedInClientAsync()).Client;
        var id = TenantJson.UniqueId("members");
        await TenantJson.CreateAsync(api, TenantJson.NewTenant(id));
        var (status, _) = await TenantJson.GetAsync(api, id);
        Assert.Equal(200, status);
    }

    [Fact]
    public async Task TenantStateSurvivesStoppingAndRestartingEveryProcess()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        await cluster.StartAsync(silos: 2);
        var ids = Enumerable.Range(0, 10).Select(i => TenantJson.UniqueId($"durable{i}")).ToList();
        var (api, token) = await cluster.CreateSignedInClientAsync();
        using (api)
        {
            foreach (var id in ids)
            {
                await TenantJson.CreateAsync(api, TenantJson.NewTenant(id, "America/New_York", "USD", 9));
            }

            using var patched = await api.PatchAsJsonAsync($"api/v1/tenants/{ids[0]}", new { displayName = "Renamed before restart" });
            Assert.Equal(200, (int)patched.StatusCode);
        }

        await cluster.StopAllAsync();
        await cluster.StartAsync(silos: 2);

        using var restarted = cluster.CreateApiClient().WithBearer(token);
        foreach (var id in ids)
        {
            var (status, tenant) = await TenantJson.GetAsync(restarted, id);
            Assert.True(status == 200, $"{id} answered {status} after restart\n{cluster.Output()}");
            Assert.Equal("America/New_York", tenant.GetProperty("timeZone").GetString());
            Assert.Equal("USD", tenant.GetProperty("currency").GetString());
            Assert.Equal(9, tenant.GetProperty("dailyAnalysisHour").GetInt32());
        }

        var (_, renamed) = await TenantJson.GetAsync(restarted, ids[0]);
        Assert.Equal("Renamed before restart", renamed.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task AReminderRegisteredBeforeAFullRestartFiresAfterIt()
    {
        await using var cluster = await ProcessCluster.CreateAsync(new Dictionary<string, string>
        {
            ["Tenants__CheckPeriod"] = "00:00:03",
            ["Silo__MinimumReminderPeriod"] = "00:00:01",
        });
        await cluster.StartAsync(silos: 1);
        var id = TenantJson.UniqueId("reminder");
        var (api, token) = await cluster.CreateSignedInClientAsync();
        using (api)
        {
            await TenantJson.CreateAsync(api, TenantJson.NewTenant(id));
        }

        Assert.Equal(1L, await cluster.QueryScalarAsync<long>(
            $"SELECT count(*) FROM orleansreminderstable WHERE serviceid = '{cluster.Database}' AND grainid LIKE '%{id}'"));

        await cluster.StopAllAsync();
        var restartedAt = DateTimeOffset.UtcNow;
        await cluster.StartAsync(silos: 1);

        using var restarted = cluster.CreateApiClient().WithBearer(token);
        var lastChecked = await Eventually.ReadAsync(async () =>
        {
            var (_, tenant) = await TenantJson.GetAsync(restarted, id);
            var value = tenant.GetProperty("schedule").GetProperty("lastCheckedAt");
            return value.ValueKind == System.Text.Json.JsonValueKind.Null ? (DateTimeOffset?)null : value.GetDateTimeOffset();
        }, checkedAt => checkedAt > restartedAt, TimeSpan.FromSeconds(60));

        Assert.True(lastChecked > restartedAt, $"reminder last fired at {lastChecked}, restart at {restartedAt}\n{cluster.Output()}");
    }
}
