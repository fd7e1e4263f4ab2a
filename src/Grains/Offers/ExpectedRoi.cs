using System.Globalization;

namespace GrainMarketing.Offers;

/// <summary>The ROI a new campaign can expect from the tenant's earlier campaigns of its type, and what that rests on.</summary>
/// <remarks>
/// The ROI a new campaign can expect from the tenant's own history: the mean ROI of its earlier campaigns
/// of the same type that have results (an ROI, so something was spent), weighted by their treated
/// customers, and a sentence saying what it rests on.
/// </remarks>
public static class ExpectedRoi
{
    /// <param name="earlier">Each earlier campaign of the type with its ROI and treated customers.</param>
    public static (double? Roi, string Basis) From(OfferCampaignType type, IReadOnlyCollection<(double? Roi, int Treated)> earlier)
    {
        var name = EnumNames.Camel(type);
        var scored = earlier.Where(c => c.Roi is not null && c.Treated > 0).ToList();
        if (scored.Count == 0)
        {
            return (null, $"no earlier {name} campaign with results");
        }

        var treated = scored.Sum(c => (long)c.Treated);
        var roi = scored.Sum(c => c.Roi!.Value * c.Treated) / treated;
        var campaigns = scored.Count == 1 ? "campaign" : "campaigns";
        return (roi, string.Create(CultureInfo.InvariantCulture,
            $"mean ROI of {scored.Count} earlier {name} {campaigns} ({treated:N0} treated customers)"));
    }
}
