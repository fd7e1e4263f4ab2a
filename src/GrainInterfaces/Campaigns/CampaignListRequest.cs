using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>Which page of a tenant's campaigns to list: the window, the filters (null takes all) and the sort by any sum or KPI.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CampaignListRequest")]
public sealed record CampaignListRequest(
    [property: Id(0)] QueryWindow Window,
    [property: Id(1)] AdPlatform? Platform,
    [property: Id(2)] CampaignStatus? Status,
    [property: Id(3)] string Sort,
    [property: Id(4)] string Order,
    [property: Id(5)] int Page,
    [property: Id(6)] int PageSize,
    [property: Id(7)] string? Name = null);
