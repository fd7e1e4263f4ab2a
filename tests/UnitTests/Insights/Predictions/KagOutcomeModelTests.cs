using GrainMarketing.Insights.Predictions;
using Xunit.Abstractions;

namespace GrainMarketing.UnitTests.Insights.Predictions;

/// <summary>The campaign-outcome models trained on the shared KAG file, judged on its latest days against the tenant-average-rate baseline.</summary>
public sealed class KagOutcomeModelTests(ITestOutputHelper output)
{
    private static readonly Lazy<OutcomeTraining> Training = new(() => new CampaignOutcomeTrainer(new OutcomeModelOptions()).Train(KagCampaignDays.Read()));

    [Fact]
    public void TheFileGivesOneDayPerRowOverThreeCampaigns()
    {
        var days = KagCampaignDays.Read();

        Assert.Equal(1_143, days.Count);
        Assert.Equal(3, days.Select(day => day.Campaign).Distinct().Count());
        Assert.Equal(days.Count, days.Select(day => (day.Campaign, day.Date)).Distinct().Count());
        Assert.Equal(1_079, days.Sum(day => day.Conversions));
    }

    [Fact]
    public void ConversionsModelBeatsTheAverageRateOnHeldOutDays()
    {
        var model = Training.Value.Model;
        foreach (var metrics in model.Metrics)
        {
            output.WriteLine($"{metrics.Outcome}: held-out {metrics.HeldOutRows} rows, MAE {metrics.Mae:F3} (baseline {metrics.BaselineMae:F3}), R² {metrics.R2:F3} (baseline {metrics.BaselineR2:F3}), 80% coverage {metrics.Coverage80:P1}");
        }

        output.WriteLine($"held out from {model.HeldOutFrom}, {model.Rows} rows, importance (conversions): {string.Join(", ", model.Importance.Single(i => i.Outcome == CampaignOutcome.Conversions).Features.Select(f => $"{f.Feature} {f.Share:P0}"))}");
        var conversions = model.Metrics.Single(metrics => metrics.Outcome == CampaignOutcome.Conversions);
        Assert.True(conversions.BeatsBaseline, $"MAE {conversions.Mae} against the baseline's {conversions.BaselineMae}");
    }

    [Fact]
    public void NoConversionValueModelIsTrainedWhenTheFileReportsNone()
    {
        Assert.DoesNotContain(Training.Value.Model.Metrics, metrics => metrics.Outcome == CampaignOutcome.ConversionValue);
    }

    [Fact]
    public void TheHeldOutDaysAllComeAfterTheTrainingDays()
    {
        var model = Training.Value.Model;

        Assert.All(Training.Value.HeldOut, day => Assert.True(day.Date >= model.HeldOutFrom));
        Assert.Equal(model.Metrics[0].HeldOutRows, Training.Value.HeldOut.Count);
        Assert.InRange(Training.Value.HeldOut.Count, 0.15 * model.Rows, 0.25 * model.Rows);
    }
}
