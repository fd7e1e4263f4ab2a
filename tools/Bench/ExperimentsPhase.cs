using System.Diagnostics;

namespace GrainMarketing.Bench;

/// <summary>
/// Phase 10, experiment results: <see cref="Experiments"/> unit-level experiments of three variants are created, then
/// for <c>--seconds-per-phase</c> seconds <see cref="Writers"/> clients post batches of <see cref="BatchSize"/>
/// observations to random experiments while <c>--query-clients</c> clients read random experiments' live results.
/// </summary>
internal sealed class ExperimentsPhase(BenchApi api, BenchOptions options, Report report)
{
    private const string Phase = "10 experiments";
    private const int Experiments = 100;
    private const int Writers = 4;
    private const int BatchSize = 500;
    private static readonly string[] Variants = ["control", "blue", "green"];

    public async Task RunAsync()
    {
        var ids = new List<string>(Experiments);
        for (var i = 0; i < Experiments; i++)
        {
            var created = await api.CreateAsync("experiments", new
            {
                name = $"bench {i}",
                metric = "conversionRate",
                variants = Variants,
                minimumDetectableEffect = 0.01,
                baseline = 0.05,
            });
            ids.Add(created.GetProperty("id").GetString()!);
        }

        using var stop = new CancellationTokenSource();
        var observed = 0L;
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var random = new Random((int)options.Seed + w);
            while (!stop.IsCancellationRequested)
            {
                var batch = Enumerable.Range(0, BatchSize).Select(_ =>
                {
                    var variant = random.Next(Variants.Length);
                    var converted = random.NextDouble() < 0.05 + (0.005 * variant);
                    return new { variant = Variants[variant], converted, value = converted ? Math.Round(20 + (random.NextDouble() * 80), 2) : 0 };
                }).ToArray();
                await api.CreateAsync($"experiments/{ids[random.Next(ids.Count)]}/observations", new { observations = batch });
                Interlocked.Add(ref observed, BatchSize);
            }
        })).ToList();

        var clock = Stopwatch.StartNew();
        var paths = ids.Select(id => $"api/v1/tenants/{api.Tenant}/experiments/{id}").ToArray();
        var results = await ClosedLoop.RunAsync(options.QueryClients, options.PhaseDuration, (client, n) => api.QueryAsync(paths[((client * 7919) + n) % paths.Length]));
        await stop.CancelAsync();
        await Task.WhenAll(writers);
        var seconds = clock.Elapsed.TotalSeconds;
        report.Add(Phase, $"experiment results, {options.QueryClients} clients over {Experiments} experiments of 3 variants, while {Writers} clients post {BatchSize}-observation batches",
            results.ToString());
        report.Add(Phase, "observations accepted meanwhile", $"{Interlocked.Read(ref observed):N0} ({Interlocked.Read(ref observed) / seconds:N0}/s)");
    }
}
