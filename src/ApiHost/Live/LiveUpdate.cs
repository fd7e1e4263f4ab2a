using GrainMarketing.ApiHost.Analytics;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Profiles;

namespace GrainMarketing.ApiHost.Live;

/// <summary>One tick of the live feed.</summary>
/// <remarks>
/// The tenant's numbers for today, the campaigns that changed since the last tick, every behaviour segment's size
/// now, and the entries and exits recorded since the last tick (oldest first).
/// </remarks>
public sealed record LiveUpdate(
    DateTimeOffset At,
    SummaryResponse Today,
    IReadOnlyList<CampaignResponse> Changed,
    IReadOnlyList<SegmentSizeResponse> Segments,
    IReadOnlyList<PatternChangeResponse> PatternChanges);
