using System.Collections.Frozen;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Whether a campaign's objective asks for conversions: one bought for reach, traffic, engagement or views is not judged by its conversions per unit of spend.</summary>
/// <remarks>
/// The names are the platforms' objectives as their APIs write them (Meta's <c>OUTCOME_*</c> and older objectives,
/// TikTok's <c>objective_type</c>, Snapchat's objectives) and the plain words an export or the API may carry, compared
/// without case, an <c>OUTCOME_</c> prefix, spaces or hyphens. Any other name (sales, conversions, leads, app installs,
/// or one not known here) asks for conversions, as every campaign did before objectives were read; unsure for
/// objectives the platforms add later, which are then judged as before.
/// </remarks>
public static class CampaignObjectives
{
    private static readonly FrozenSet<string> NotForConversions = FrozenSet.ToFrozenSet(
    [
        "AWARENESS", "BRAND_AWARENESS", "REACH", "RF_REACH", "AWARENESS_AND_ENGAGEMENT",
        "TRAFFIC", "DRIVE_TRAFFIC", "LINK_CLICKS",
        "ENGAGEMENT", "POST_ENGAGEMENT", "PAGE_LIKES", "EVENT_RESPONSES", "MESSAGES",
        "VIDEO_VIEWS",
    ], StringComparer.Ordinal);

    public static bool SeeksConversions(string? objective)
    {
        if (string.IsNullOrWhiteSpace(objective))
        {
            return true;
        }

        var name = objective.Trim().ToUpperInvariant().Replace(' ', '_').Replace('-', '_');
        return !NotForConversions.Contains(name.StartsWith("OUTCOME_", StringComparison.Ordinal) ? name["OUTCOME_".Length..] : name);
    }
}
