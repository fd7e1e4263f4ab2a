using GrainMarketing.ApiHost.Analytics;
using GrainMarketing.ApiHost.Campaigns;

namespace GrainMarketing.ApiHost.Live;

/// <summary>One tick of the live feed: the tenant's numbers for today and the campaigns that changed since the last tick.</summary>
public sealed record LiveUpdate(DateTimeOffset At, SummaryResponse Today, IReadOnlyList<CampaignResponse> Changed);
