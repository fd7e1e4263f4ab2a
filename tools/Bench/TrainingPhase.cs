using System.Diagnostics;
using GrainMarketing.Insights.Predictions;

namespace GrainMarketing.Bench;

/// <summary>Times the campaign-outcome models' training on 100,000 generated campaign-days (500 campaigns over 200 days), in this process.</summary>
/// <remarks>The trainer is what the training worker runs in the silo, minus reading the days from the campaign grains.</remarks>
internal sealed class TrainingPhase(BenchOptions options, Report report)
{
    private const int Campaigns = 500;
    private const int Days = 200;

    public void Run()
    {
        var seed = (int)(options.Seed % int.MaxValue);
        var days = new GeneratedCampaignDays(seed).Days(Campaigns, Days, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));
        Report.Progress($"training: {days.Count:N0} campaign-days generated; training");
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var training = new CampaignOutcomeTrainer(new OutcomeModelOptions()).Train(days);
        var elapsed = clock.Elapsed;
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var model = training.Model;
        report.Add("training", $"campaign-outcome models on {days.Count:N0} generated campaign-days ({Campaigns} campaigns x {Days} days, seed {seed})",
            $"{elapsed.TotalSeconds:N1} s wall, {cpuUsed.TotalSeconds:N1} s CPU, {model.Metrics.Count} models, package {model.Package.Length / 1024.0:N0} KiB");
        foreach (var metrics in model.Metrics)
        {
            report.Add("training", $"{metrics.Outcome} on {metrics.HeldOutRows:N0} held-out campaign-days (from {model.HeldOutFrom:yyyy-MM-dd})",
                $"MAE {metrics.Mae:N2} vs baseline {metrics.BaselineMae:N2}; R² {metrics.R2:N3} vs {metrics.BaselineR2:N3}; 80% coverage {metrics.Coverage80:P1}");
        }
    }
}
