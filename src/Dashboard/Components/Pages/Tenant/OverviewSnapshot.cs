using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant;

/// <summary>What the prerendered Overview read, carried to its interactive copy so that shows the same numbers at once instead of blanking to read them again.</summary>
public sealed record OverviewSnapshot(
    string Tenant,
    string Window,
    string? Currency,
    SummaryResponse? Summary,
    SummaryResponse? Previous,
    IReadOnlyList<CampaignResponse> Best,
    IReadOnlyList<CampaignResponse> Worst,
    IReadOnlyList<Anomaly> Anomalies,
    IReadOnlyList<RuleFiring> Firings);
