using GrainMarketing.Runs;

namespace GrainMarketing.Insights.Predictions;

/// <summary>Trains the campaign-outcome models of one tenant from its campaign-days and judges them on the latest days, which they never saw.</summary>
/// <remarks>
/// One boosted-tree regression per outcome (impressions, clicks, conversions and, when the history reports
/// any, conversion value) of the outcome per unit of spend, weighted by spend: a day's prediction is that
/// rate times its spend, so a budget scales what it buys and the trees learn how the rate moves (with the
/// audience, the format, the budget itself). Days without spend teach no rate and are predicted as zero,
/// as the baseline predicts them. The naive baseline is the tenant's average rate per unit of spend over the
/// training days applied to a held-out day's spend. CPU-heavy: callers run it off any grain's turn.
/// </remarks>
public sealed class CampaignOutcomeTrainer(OutcomeModelOptions options)
{
    public const string Learner = "ML.NET FastTree regression (gradient-boosted trees), one model per outcome";

    /// <summary>What the baseline is, in the words every metric carries.</summary>
    public const string Baseline = "tenant average rate: the training days' outcome per unit of spend times the day's spend";

    /// <summary>Trains every outcome's model; <paramref name="report"/> hears of each phase as it starts (on the training thread).</summary>
    public OutcomeTraining Train(IReadOnlyList<CampaignDay> days, Action<RunStage>? report = null)
    {
        TrainingRequirements.Check(days, options);
        report?.Invoke(TrainingPhases.Building(days.Count));
        var split = HeldOutSplit.ByDate(days, options.HeldOutFraction)
            ?? throw new InvalidOperationException("Days that pass the requirements span more than one date.");
        var recent = RecentRates.Trailing(days);
        var training = split.Training.Select(index => days[index]).ToList();
        var schema = FeatureSchema.Build(training, [.. split.Training.Select(index => recent[index])]);
        var features = days.Select((day, index) => schema.Encode(FeatureInput.Of(day, recent[index]))).ToList();
        var outcomes = Enum.GetValues<CampaignOutcome>()
            .Where(outcome => outcome != CampaignOutcome.ConversionValue || training.Any(day => day.ConversionValue > 0))
            .ToList();
        var fitted = outcomes.Select((outcome, index) =>
        {
            report?.Invoke(TrainingPhases.Fitting(outcome, index, outcomes.Count, days.Count));
            return Fit(outcome, days, features, split, schema);
        }).ToList();
        var manifest = new ModelManifest(schema, [.. fitted.Select(fit => fit.Calibration)], Mean(split.Training.Select(index => features[index]).ToList()), options.Seed);
        var package = ModelPackage.Write(manifest, fitted.ToDictionary(fit => fit.Calibration.Outcome, fit => fit.Regressor.Save()));
        var model = new TrainedOutcomeModel(
            days.Min(day => day.Date), days.Max(day => day.Date), split.HeldOutFrom, days.Count,
            days.Select(day => day.Campaign).Distinct(StringComparer.Ordinal).Count(),
            [.. fitted.Select(fit => fit.Calibration.Metrics)], [.. fitted.Select(fit => fit.Importance)], Learner, package);
        return new OutcomeTraining(model, [.. split.HeldOut.Select(index => days[index])], [.. split.HeldOut.Select(index => recent[index])]);
    }

    private FittedOutcome Fit(CampaignOutcome outcome, IReadOnlyList<CampaignDay> days, IReadOnlyList<float[]> features, HeldOutSplit split, FeatureSchema schema)
    {
        var rows = split.Training.Where(index => days[index].Spend > 0)
            .Select(index => new FeatureRow { Features = features[index], Label = (float)(days[index].Outcome(outcome) / days[index].Spend), Weight = (float)days[index].Spend })
            .ToList();
        var (regressor, gain) = OutcomeRegressor.Train(rows, schema.Width, options);
        var actual = split.HeldOut.Select(index => days[index].Outcome(outcome)).ToList();
        var predicted = OutcomeRates.Scale(regressor.PredictAll([.. split.HeldOut.Select(index => features[index])]), [.. split.HeldOut.Select(index => days[index].Spend)]);
        var trainingSpend = split.Training.Sum(index => days[index].Spend);
        var rate = trainingSpend > 0 ? split.Training.Sum(index => days[index].Outcome(outcome)) / trainingSpend : 0;
        var naive = split.HeldOut.Select(index => rate * days[index].Spend).ToList();
        var metrics = new OutcomeMetrics(
            outcome, actual.Count, RegressionScore.Mae(actual, predicted), RegressionScore.R2(actual, predicted),
            Baseline, RegressionScore.Mae(actual, naive), RegressionScore.R2(actual, naive),
            ConformalBand.CrossCoverage(actual, predicted));
        var quantile = ConformalBand.Quantile([.. actual.Select((value, i) => ConformalBand.Score(value, predicted[i]))]);
        return new FittedOutcome(regressor, new OutcomeCalibration(outcome, quantile, metrics), new OutcomeImportance(outcome, Importance(schema, gain)));
    }

    /// <summary>Each named feature's share of the split gain, largest first.</summary>
    private static IReadOnlyList<FeatureWeight> Importance(FeatureSchema schema, double[] gain)
    {
        var groups = schema.Groups().Where(group => group.Length > 0)
            .Select(group => (group.Name, Gain: gain.Skip(group.Start).Take(group.Length).Sum()))
            .ToList();
        var total = groups.Sum(group => group.Gain);
        return [.. groups.Select(group => new FeatureWeight(group.Name, total > 0 ? group.Gain / total : 0)).OrderByDescending(weight => weight.Share)];
    }

    private static float[] Mean(IReadOnlyList<float[]> vectors)
    {
        var mean = new float[vectors[0].Length];
        foreach (var vector in vectors)
        {
            for (var i = 0; i < mean.Length; i++)
            {
                mean[i] += vector[i] / vectors.Count;
            }
        }

        return mean;
    }
}
