using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Live;

/// <summary>One tick of the API's live feed: today's numbers and the campaigns that changed since the last tick.</summary>
public sealed record LiveTick(DateTimeOffset At, SummaryResponse Today, IReadOnlyList<CampaignResponse> Changed);
