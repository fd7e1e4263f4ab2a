using GrainMarketing.Profiles;

namespace GrainMarketing.Offers;

/// <summary>Who a target list takes, the share of them held out, and where the offer is placed for each.</summary>
/// <remarks>
/// Who a target list takes (<see cref="CustomerCriteria"/> with the tenant's rising-spend ratio and current
/// high-spender threshold), the share of them held out, and where the offer is placed for each.
/// </remarks>
public sealed record TargetSelection(
    TargetCriteria Criteria,
    double HoldoutShare,
    OfferPlace Place,
    double RisingSpendRatio,
    decimal? HighSpenderThreshold);
