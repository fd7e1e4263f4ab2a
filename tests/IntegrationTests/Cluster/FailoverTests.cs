using System.Diagnostics;
using GrainMarketing.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace GrainMarketing.IntegrationTests.Cluster;

public sealed class FailoverTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task KillingOneSiloWhileRequestsFlowLeavesTheApiAnsweringWithin30SecondsWithNoTenantLost()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        await cluster.StartAsync(silos: 2);
        var (api, token) = await cluster.CreateSignedInClientAsync();
        using var _ = api;
        var ids = Enumerable.Range(0, 40).Select(i => TenantJson.UniqueId($"failover{i}")).ToList();
        foreach (var id in ids)
        {
            await TenantJson.CreateAsync(api, TenantJson.NewTenant(id));
        }

        using var stopTraffic = new CancellationTokenSource();
        var flowing = new TaskCompletionSource();
        var traffic = Task.Run(() => KeepReadingAsync(cluster, token, ids, flowing, stopTraffic.Token));
        await flowing.Task.WaitAsync(Budget);

        var killed = Stopwatch.StartNew();
        cluster.Silos[^1].Kill();

        var consecutiveCleanRounds = 0;
        while (consecutiveCleanRounds < 2)
        {
            Assert.True(killed.Elapsed < Budget, $"API still failing {killed.Elapsed} after the kill\n{cluster.Output()}");
            var statuses = await Task.WhenAll(ids.Select(async id => await StatusOrZeroAsync(api, id)));
            consecutiveCleanRounds = statuses.All(status => status == 200) ? consecutiveCleanRounds + 1 : 0;
        }

        var recoveredAfter = killed.Elapsed;
        output.WriteLine($"every tenant answered again {recoveredAfter.TotalSeconds:F1} s after SIGKILL of {cluster.Silos[^1].Name}");
        await stopTraffic.CancelAsync();
        await traffic;
        Assert.True(recoveredAfter < Budget, $"recovered after {recoveredAfter}");
        foreach (var id in ids)
        {
            var (status, tenant) = await TenantJson.GetAsync(api, id);
            Assert.Equal(200, status);
            Assert.Equal($"Tenant {id}", tenant.GetProperty("displayName").GetString());
        }
    }

    private static async Task<int> StatusOrZeroAsync(HttpClient api, string id)
    {
        try
        {
            return (await TenantJson.GetAsync(api, id)).Status;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return 0;
        }
    }

    /// <summary>Reads the tenants in turn until stopped; <paramref name="flowing"/> completes once the reads have gone round every tenant.</summary>
    private static async Task KeepReadingAsync(ProcessCluster cluster, string token, List<string> ids, TaskCompletionSource flowing, CancellationToken stop)
    {
        using var api = cluster.CreateApiClient().WithBearer(token);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            if (await StatusOrZeroAsync(api, ids[i % ids.Count]) == 200 && i + 1 >= ids.Count)
            {
                flowing.TrySetResult();
            }

            await Task.Delay(10, CancellationToken.None);
        }
    }
}
