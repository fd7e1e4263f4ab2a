using System.Diagnostics;
using GrainMarketing.Insights.Recommendations;

namespace GrainMarketing.Bench;

/// <summary>
/// The recommendation detectors in process on a generated tenant of 1,000 campaigns (3 creatives × 12 age-gender
/// segments × 28 days each, about a million cells, with the planted truths): the work a run does once the evidence
/// is read from the campaign grains (campaign costs, segments, creative trends, tracking), and how long summing the
/// cells into that evidence took.
/// </summary>
internal static class RecommendationsPhase
{
    private const int Campaigns = 1000;
    private const int Runs = 5;

    public static void Run(ulong seed, Report report)
    {
        var clock = Stopwatch.StartNew();
        var tenant = PlantedTenant.Generate((int)seed, planted: true, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1), Campaigns);
        var generated = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var evidence = tenant.Evidence();
        var summed = clock.Elapsed.TotalMilliseconds;
        var detectors = new RecommendationDetectors();
        DetectorRun? run = null;
        var times = Enumerable.Range(0, Runs).Select(_ =>
        {
            var timer = Stopwatch.StartNew();
            run = detectors.Detect(evidence);
            return timer.Elapsed.TotalMilliseconds;
        }).Order().ToList();
        var found = run!.Findings.Select(f => f.Fingerprint).ToHashSet();
        report.Add("recommendations", $"{Campaigns:N0} campaigns, {tenant.Cells.Count:N0} cells generated in {generated:N1} s, summed into evidence in {summed:N0} ms; detectors, {Runs} runs",
            $"median {times[Runs / 2]:N0} ms, max {times[^1]:N0} ms; {run.Findings.Count} findings, {tenant.Truths.Count(found.Contains)} of {tenant.Truths.Count} planted truths");
    }
}
