using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>What one pass of a campaign's rules did: its metadata after, the firings to record and every change applied.</summary>
/// <remarks>
/// The campaign's metadata after it (status and budget), the firings to record, and every change applied
/// (status, budget, tags) for the audit trail.
/// </remarks>
public sealed record RuleRun(CampaignMetadata Metadata, IReadOnlyList<RuleFiring> Firings, IReadOnlyList<PendingPlatformChange> Changes)
{
    public bool MetadataChanged { get; init; }
}
