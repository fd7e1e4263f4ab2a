namespace GrainMarketing.Insights.Predictions;

/// <summary>A stored model version loaded for scoring: predicts a planned campaign's outcomes with intervals and says what moved the prediction.</summary>
public sealed class CampaignOutcomeModel
{
    private const int TopFeatureCount = 3;

    private readonly ModelManifest _manifest;
    private readonly IReadOnlyDictionary<CampaignOutcome, OutcomeRegressor> _regressors;

    private CampaignOutcomeModel(ModelManifest manifest, IReadOnlyDictionary<CampaignOutcome, OutcomeRegressor> regressors)
    {
        _manifest = manifest;
        _regressors = regressors;
    }

    public static CampaignOutcomeModel Load(byte[] package)
    {
        var (manifest, models) = ModelPackage.Read(package);
        var width = manifest.Schema.Width;
        return new CampaignOutcomeModel(manifest, models.ToDictionary(model => model.Key, model => OutcomeRegressor.Load(model.Value, width, manifest.Seed)));
    }

    public FeatureSchema Schema => _manifest.Schema;

    /// <summary>The outcomes this model predicts.</summary>
    public IReadOnlyCollection<CampaignOutcome> Outcomes => [.. _regressors.Keys];

    /// <summary>The model's mean absolute error for <paramref name="outcome"/> on other days (another model's held-out days, for a fair comparison).</summary>
    public double MaeOn(IReadOnlyList<CampaignDay> days, IReadOnlyList<RecentRates?> recent, CampaignOutcome outcome)
    {
        var rates = _regressors[outcome].PredictAll([.. days.Select((day, i) => Schema.Encode(FeatureInput.Of(day, recent[i])))]);
        return RegressionScore.Mae([.. days.Select(day => day.Outcome(outcome))], OutcomeRates.Scale(rates, [.. days.Select(day => day.Spend)]));
    }

    /// <summary>The expected outcome per day of <paramref name="input"/> with its 80% interval.</summary>
    public (double Point, double Lower, double Upper) PredictDay(CampaignOutcome outcome, FeatureInput input)
    {
        var point = Predict(outcome, Schema.Encode(input));
        var (lower, upper) = ConformalBand.Interval(point, Calibration(outcome).Quantile80);
        return (point, lower, upper);
    }

    public OutcomeCalibration Calibration(CampaignOutcome outcome) =>
        _manifest.Outcomes.First(calibration => calibration.Outcome == outcome);

    /// <summary>The named features whose typical training value, put in place of the plan's, changes predicted conversions most; largest change first.</summary>
    /// <remarks>
    /// An occlusion explanation: each feature's slots are set to their training mean while the rest of the plan
    /// stays, and the difference in predicted conversions per day is that feature's influence. It reads any
    /// model the same way and names features as a marketer knows them (all age-band slots together).
    /// </remarks>
    public IReadOnlyList<(FeatureGroup Feature, double Influence)> TopFeatures(FeatureInput input)
    {
        var vector = Schema.Encode(input);
        var prediction = Predict(CampaignOutcome.Conversions, vector);
        return [.. Schema.Groups().Where(group => group.Length > 0)
            .Select(group => (Feature: group, Influence: prediction - Predict(CampaignOutcome.Conversions, WithMean(vector, group))))
            .OrderByDescending(entry => Math.Abs(entry.Influence))
            .Take(TopFeatureCount)];
    }

    /// <summary>The predicted rate times the vector's spend.</summary>
    private double Predict(CampaignOutcome outcome, float[] vector) =>
        OutcomeRates.Scale([_regressors[outcome].Predict(vector)], [vector[Schema.SpendSlot]])[0];

    private float[] WithMean(float[] vector, FeatureGroup group)
    {
        var copy = (float[])vector.Clone();
        for (var i = group.Start; i < group.Start + group.Length; i++)
        {
            copy[i] = _manifest.MeanFeatures[i];
        }

        return copy;
    }
}
