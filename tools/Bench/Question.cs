namespace GrainMarketing.Bench;

/// <summary>The three questions both systems answer, in the order the query phases ask them.</summary>
internal enum Question
{
    CampaignSummary,
    Breakdown,
    TenantSummary,
}
