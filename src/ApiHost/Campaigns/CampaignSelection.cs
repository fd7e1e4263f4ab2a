using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary>Which of a tenant's campaigns a list holds (null filters keep all), sorted by which sum or KPI, and which page.</summary>
/// <param name="Name">Only campaigns whose name or id contains this text, ignoring case.</param>
public sealed record CampaignSelection(AdPlatform? Platform, CampaignStatus? Status, string Sort, string Order, int Page, int PageSize, string? Name = null);
