using System.Globalization;

namespace GrainMarketing.Insights.Predictions;

/// <summary>Turns a loaded model's per-day predictions for a plan into the answer: totals over the planned days, CPA and ROAS, what moved the prediction, what the model never saw.</summary>
public static class PlanPrediction
{
    public static CampaignOutcomePrediction Answer(CampaignOutcomeModel model, int version, DateTimeOffset trainedAt, PlannedCampaign plan, string currency)
    {
        var input = new FeatureInput(plan.Platform, plan.Objective, plan.CreativeFormat, (double)plan.DailyBudget, AudienceMix.FromPlan(plan.Audience), null);
        OutcomeEstimate Estimate(CampaignOutcome outcome) => Estimated(model, outcome, input, plan.Days);
        var conversions = Estimate(CampaignOutcome.Conversions);
        var value = model.Outcomes.Contains(CampaignOutcome.ConversionValue) ? Estimate(CampaignOutcome.ConversionValue) : null;
        var spend = plan.DailyBudget * plan.Days;
        return new CampaignOutcomePrediction(
            version, trainedAt, plan.Days, plan.DailyBudget,
            Estimate(CampaignOutcome.Impressions), Estimate(CampaignOutcome.Clicks), conversions, value,
            Cpa(spend, conversions), value is null ? null : Roas(spend, value),
            [.. model.TopFeatures(input).Select(top => new FeatureInfluence(top.Feature.Name, Describe(top.Feature.Name, plan), top.Influence))],
            Notes(model.Schema, plan), currency);
    }

    private static OutcomeEstimate Estimated(CampaignOutcomeModel model, CampaignOutcome outcome, FeatureInput input, int days)
    {
        var (point, lower, upper) = model.PredictDay(outcome, input);
        var metrics = model.Calibration(outcome).Metrics;
        return new OutcomeEstimate(point, lower, upper, point * days, lower * days, upper * days, metrics.Mae, metrics.BaselineMae, metrics.Coverage80);
    }

    private static RatioEstimate Cpa(decimal spend, OutcomeEstimate conversions) => new(
        Ratio(spend, conversions.Total), Ratio(spend, conversions.TotalUpper80), Ratio(spend, conversions.TotalLower80),
        "planned spend over predicted conversions; the interval is the spend over the conversions interval's ends");

    private static RatioEstimate Roas(decimal spend, OutcomeEstimate value) => new(
        Ratio((decimal)value.Total, (double)spend), Ratio((decimal)value.TotalLower80, (double)spend), Ratio((decimal)value.TotalUpper80, (double)spend),
        "predicted conversion value over planned spend; the interval is the conversion value interval's ends over the spend");

    private static decimal? Ratio(decimal numerator, double denominator) =>
        denominator <= 0 ? null : Math.Round(numerator / (decimal)denominator, 4);

    private static string Describe(string feature, PlannedCampaign plan) => feature switch
    {
        "platform" => plan.Platform,
        "objective" => FeatureSchema.Category(plan.Objective),
        "creativeFormat" => FeatureSchema.Category(plan.CreativeFormat),
        "dailyBudget" => plan.DailyBudget.ToString(CultureInfo.InvariantCulture),
        "ageBands" => Listed(plan.Audience.AgeBands),
        "genders" => Listed(plan.Audience.Genders),
        "countries" => Listed(plan.Audience.Countries),
        "interests" => Listed(plan.Audience.Interests),
        _ => "none: a planned campaign has no recent days, so the tenant's typical rates stand in",
    };

    private static string Listed(IReadOnlyList<string> values) => values.Count == 0 ? "not targeted (the tenant's usual mix)" : string.Join(", ", values);

    /// <summary>Every value of the plan the model never trained on, so the answer says what it could not see.</summary>
    private static IReadOnlyList<string> Notes(FeatureSchema schema, PlannedCampaign plan)
    {
        var notes = new List<string>();
        void Unseen(string field, string value, IReadOnlyList<string> known, string consequence)
        {
            if (!known.Contains(value, StringComparer.Ordinal))
            {
                notes.Add($"{field} '{value}' never appears in the training data: {consequence}.");
            }
        }

        Unseen("platform", plan.Platform, schema.Platforms, "predicted as no platform in particular");
        Unseen("objective", FeatureSchema.Category(plan.Objective), schema.Objectives, "predicted as no objective in particular");
        Unseen("creativeFormat", FeatureSchema.Category(plan.CreativeFormat), schema.CreativeFormats, "predicted as no format in particular");
        foreach (var age in plan.Audience.AgeBands)
        {
            Unseen("age band", age, schema.Ages, "its share is left out");
        }

        foreach (var gender in plan.Audience.Genders)
        {
            Unseen("gender", gender, schema.Genders, "its share is left out");
        }

        foreach (var country in plan.Audience.Countries)
        {
            Unseen("country", country, schema.Countries, "counted with the other countries");
        }

        foreach (var interest in plan.Audience.Interests)
        {
            Unseen("interest", interest, schema.Interests, "counted with the other interests");
        }

        return notes;
    }
}
