using System.Globalization;
using GrainMarketing.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace GrainMarketing.IntegrationTests.Connectors;

/// <summary>
/// Postgres profile, real processes: the only silo is killed while an account's backfill is under way, a new one starts,
/// and the backfill resumes where its last applied chunk ended, with every campaign-day equal to the platform's truth:
/// nothing lost, nothing counted twice.
/// </summary>
public sealed class SyncDurabilityTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ASiloKilledMidBackfillResumesWithNothingLostOrDoubled()
    {
        var platforms = await SharedPlatforms.ServerAsync();
        var settings = SharedPlatforms.SiloSettings(platforms.Http.BaseAddress!);
        // Chunks of one day, so the kill lands with most of the backfill still to pull.
        settings["Connectors__BackfillChunkDays"] = "1";
        await using var cluster = await ProcessCluster.CreateAsync(settings);
        await cluster.StartAsync(silos: 1);
        using var api = (await cluster.CreateSignedInClientAsync()).Client;
        var probe = new SyncProbe(api, platforms);
        var account = await platforms.AccountAsync("meta", 0);
        var (accountId, today) = ((string)account["id"]!, DateOnly.Parse((string)account["today"]!, CultureInfo.InvariantCulture));
        var (tenant, connection) = await probe.ConnectAsync("meta", account, backfillDays: 6);

        var started = await Eventually.ReadAsync(() => probe.SyncAsync(tenant, connection), s => s.GetProperty("runs").GetArrayLength() > 0, SyncProbe.BackfillTime);
        Assert.False(started.GetProperty("backfillDone").GetBoolean(), started.GetRawText());
        cluster.Silos[0].Kill();
        output.WriteLine($"killed the silo after {started.GetProperty("runs").GetArrayLength()} pulls");
        await cluster.RestartSiloAsync(0);

        var sync = await probe.BackfilledAsync(tenant, connection);
        var since = DateOnly.Parse(sync.GetProperty("backfillFrom").GetString()!, CultureInfo.InvariantCulture);
        var until = today.AddDays(-1);
        await probe.AssertSeriesEqualAsync(tenant, "meta", await probe.TruthAsync("meta", accountId, since, until), since, until);
    }
}
