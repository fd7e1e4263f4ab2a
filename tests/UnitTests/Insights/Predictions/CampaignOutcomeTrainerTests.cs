using GrainMarketing.Errors;
using GrainMarketing.Insights.Predictions;

namespace GrainMarketing.UnitTests.Insights.Predictions;

/// <summary>The trainer on generated campaign-days whose rates follow known rules (seed 7).</summary>
public sealed class CampaignOutcomeTrainerTests
{
    private static readonly DateOnly Last = new(2026, 11, 30);
    private static readonly Lazy<OutcomeTraining> Training = new(() => new CampaignOutcomeTrainer(new OutcomeModelOptions()).Train(new GeneratedCampaignDays(7).Days(40, 60, Last)));

    private static readonly PlannedCampaign Plan = new(
        "meta", "conversions", "video", 200m, new PlannedAudience(["25-34"], ["female"], ["US"], ["fitness"]), 10);

    [Fact]
    public void EveryOutcomeBeatsTheAverageRateOnHeldOutDays()
    {
        Assert.All(Training.Value.Model.Metrics, metrics => Assert.True(metrics.BeatsBaseline, $"{metrics.Outcome}: MAE {metrics.Mae} against {metrics.BaselineMae}"));
        Assert.Equal(Enum.GetValues<CampaignOutcome>(), Training.Value.Model.Metrics.Select(metrics => metrics.Outcome));
    }

    [Fact]
    public void IntervalsCoverCloseToEightyPercentOfDaysTheyWereNotCalibratedOn()
    {
        Assert.All(Training.Value.Model.Metrics, metrics => Assert.InRange(metrics.Coverage80, 0.7, 0.9));
    }

    [Fact]
    public void ImportanceSharesOfEachOutcomeSumToOne()
    {
        Assert.All(Training.Value.Model.Importance, importance => Assert.Equal(1, importance.Features.Sum(feature => feature.Share), 6));
    }

    [Fact]
    public void ImpressionsLeanOnWhatSetsTheirPriceAndHardlyOnWhatDoesNot()
    {
        var impressions = Training.Value.Model.Importance.Single(i => i.Outcome == CampaignOutcome.Impressions).Features;

        Assert.Contains(impressions[0].Feature, new[] { "recentHistory", "platform", "ageBands" });
        Assert.True(impressions.Single(f => f.Feature == "interests").Share < 0.1, "the generator's price ignores interests");
    }

    [Fact]
    public void TheStoredPackageLoadsIntoAModelThatScoresTheHeldOutDaysAsTrained()
    {
        var training = Training.Value;
        var model = CampaignOutcomeModel.Load(training.Model.Package);

        var mae = model.MaeOn(training.HeldOut, training.HeldOutRecent, CampaignOutcome.Conversions);

        Assert.Equal(training.Model.Metrics.Single(m => m.Outcome == CampaignOutcome.Conversions).Mae, mae, 6);
    }

    [Fact]
    public void ABiggerBudgetIsPredictedToBuyMoreImpressions()
    {
        var model = CampaignOutcomeModel.Load(Training.Value.Model.Package);

        var small = PlanPrediction.Answer(model, 1, DateTimeOffset.UnixEpoch, Plan with { DailyBudget = 50m }, "EUR");
        var large = PlanPrediction.Answer(model, 1, DateTimeOffset.UnixEpoch, Plan with { DailyBudget = 400m }, "EUR");

        Assert.True(large.Impressions.PerDay > small.Impressions.PerDay * 3, $"{small.Impressions.PerDay} at 50, {large.Impressions.PerDay} at 400");
    }

    [Fact]
    public void APredictionCarriesIntervalsTotalsKpisAndThreeDistinctFeatures()
    {
        var model = CampaignOutcomeModel.Load(Training.Value.Model.Package);

        var answer = PlanPrediction.Answer(model, 3, DateTimeOffset.UnixEpoch, Plan, "EUR");

        Assert.Equal((3, 10, "EUR"), (answer.ModelVersion, answer.Days, answer.Currency));
        Assert.InRange(answer.Conversions.PerDay, answer.Conversions.PerDayLower80, answer.Conversions.PerDayUpper80);
        Assert.Equal(answer.Conversions.PerDay * 10, answer.Conversions.Total, 9);
        Assert.True(answer.Conversions.PerDayUpper80 > answer.Conversions.PerDayLower80);
        Assert.Equal(Math.Round(2000m / (decimal)answer.Conversions.Total, 4), answer.Cpa.Value);
        Assert.NotNull(answer.Roas);
        Assert.Equal(3, answer.TopFeatures.Select(feature => feature.Feature).Distinct().Count());
        Assert.Empty(answer.Notes);
    }

    [Fact]
    public void ValuesTheModelNeverSawAreNamedInTheNotes()
    {
        var model = CampaignOutcomeModel.Load(Training.Value.Model.Package);

        var answer = PlanPrediction.Answer(model, 1, DateTimeOffset.UnixEpoch, Plan with { Platform = "snapchat", Audience = new PlannedAudience([], [], ["JP"], []) }, "EUR");

        Assert.Equal(2, answer.Notes.Count);
        Assert.Contains(answer.Notes, note => note.StartsWith("platform 'snapchat'", StringComparison.Ordinal));
        Assert.Contains(answer.Notes, note => note.StartsWith("country 'JP'", StringComparison.Ordinal));
    }

    [Fact]
    public void TooLittleHistoryNamesEveryRequirementItMisses()
    {
        var days = new GeneratedCampaignDays(7).Days(1, 9, Last);

        var refused = Assert.Throws<InsufficientHistoryException>(() => new CampaignOutcomeTrainer(new OutcomeModelOptions()).Train(days));

        Assert.Equal("60 campaign-days needed, 9 recorded", refused.Missing["rows"]);
        Assert.Equal("14 distinct dates needed, 9 recorded", refused.Missing["days"]);
        Assert.Equal("2 campaigns needed, 1 recorded", refused.Missing["campaigns"]);
    }
}
