using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>What rules set on an ad set or creative: its status, daily budget (ad sets) and tags.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.TargetControl")]
public sealed record TargetControl(
    [property: Id(0)] CampaignStatus Status,
    [property: Id(1)] decimal? DailyBudget,
    [property: Id(2)] IReadOnlyList<string> Tags)
{
    public static readonly TargetControl Default = new(CampaignStatus.Active, null, []);
}
