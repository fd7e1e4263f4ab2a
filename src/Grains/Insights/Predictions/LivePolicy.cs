using System.Globalization;

namespace GrainMarketing.Insights.Predictions;

/// <summary>Whether a newly trained version replaces the live one.</summary>
public static class LivePolicy
{
    public const string Rule =
        "A new version goes live only when its held-out conversions MAE is below the naive baseline's on the same days and, " +
        "when a version is live, below the live version's MAE on those same held-out days (the newest days, which neither trained on).";

    /// <summary>Live or not, and why, with the figures compared.</summary>
    public static (bool Live, string Reason) Decide(TrainedOutcomeModel model, int? liveVersion)
    {
        var conversions = model.Metrics.First(metrics => metrics.Outcome == CampaignOutcome.Conversions);
        if (!conversions.BeatsBaseline)
        {
            return (false, string.Create(CultureInfo.InvariantCulture,
                $"Not live: held-out conversions MAE {conversions.Mae:0.###} is not below the naive baseline's {conversions.BaselineMae:0.###}."));
        }

        if (liveVersion is { } live && model.LiveConversionsMae is { } liveMae && liveMae <= conversions.Mae)
        {
            return (false, string.Create(CultureInfo.InvariantCulture,
                $"Not live: version {live} scores conversions MAE {liveMae:0.###} on the same held-out days, no worse than this version's {conversions.Mae:0.###}."));
        }

        if (liveVersion is { } replaced && model.LiveConversionsMae is { } replacedMae)
        {
            return (true, string.Create(CultureInfo.InvariantCulture,
                $"Live: held-out conversions MAE {conversions.Mae:0.###} beats the naive baseline's {conversions.BaselineMae:0.###} and version {replaced}'s {replacedMae:0.###} on the same days."));
        }

        return (true, string.Create(CultureInfo.InvariantCulture,
            $"Live: held-out conversions MAE {conversions.Mae:0.###} beats the naive baseline's {conversions.BaselineMae:0.###}; no version was live."));
    }
}
