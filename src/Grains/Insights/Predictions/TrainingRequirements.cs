using GrainMarketing.Errors;

namespace GrainMarketing.Insights.Predictions;

/// <summary>Whether a tenant's campaign-days are enough to train on, and if not, what is missing.</summary>
public static class TrainingRequirements
{
    /// <summary>Throws <see cref="InsufficientHistoryException"/> naming each requirement <paramref name="days"/> falls short of.</summary>
    public static void Check(IReadOnlyList<CampaignDay> days, OutcomeModelOptions options)
    {
        var missing = new Dictionary<string, string>(StringComparer.Ordinal);
        Require(missing, "rows", "campaign-days", options.MinRows, days.Count);
        Require(missing, "days", "distinct dates", options.MinDays, days.Select(day => day.Date).Distinct().Count());
        Require(missing, "campaigns", "campaigns", options.MinCampaigns, days.Select(day => day.Campaign).Distinct(StringComparer.Ordinal).Count());
        Require(missing, "conversionDays", "campaign-days with a conversion", options.MinConversionDays, days.Count(day => day.Conversions > 0));
        if (missing.Count > 0)
        {
            throw new InsufficientHistoryException(
                $"Too little history to train a campaign-outcome model: {string.Join("; ", missing.Select(entry => $"{entry.Key} {entry.Value}"))}.",
                missing);
        }
    }

    private static void Require(Dictionary<string, string> missing, string name, string what, int needed, int recorded)
    {
        if (recorded < needed)
        {
            missing[name] = $"{needed} {what} needed, {recorded} recorded";
        }
    }
}
