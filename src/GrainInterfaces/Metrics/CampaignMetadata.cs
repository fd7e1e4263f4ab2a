namespace GrainMarketing.Metrics;

/// <summary>What a campaign is, as far as the source told us; null leaves a field as it was.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CampaignMetadata")]
public sealed record CampaignMetadata(
    [property: Id(0)] string? Name = null,
    [property: Id(1)] string? Objective = null,
    [property: Id(2)] CampaignStatus? Status = null,
    [property: Id(3)] decimal? DailyBudget = null,
    [property: Id(4)] string? Currency = null,
    [property: Id(5)] string? CreativeFormat = null);

public enum CampaignStatus
{
    Active,
    Paused,
    Archived,
}
