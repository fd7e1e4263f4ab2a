namespace GrainMarketing.Dashboard.Insights;

/// <summary>One campaign's daily budget limits in the optimiser form.</summary>
public sealed class CampaignBounds
{
    public double? Min { get; set; }

    public double? Max { get; set; }
}
