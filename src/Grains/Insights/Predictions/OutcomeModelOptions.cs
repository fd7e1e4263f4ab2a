namespace GrainMarketing.Insights.Predictions;

/// <summary>How the campaign-outcome models are trained and how much history they need (section <c>Insights:Predictions</c>).</summary>
public sealed class OutcomeModelOptions
{
    public const string Section = "Insights:Predictions";

    /// <summary>Fewest campaign-days a model learns from.</summary>
    public int MinRows { get; set; } = 60;

    /// <summary>Fewest distinct dates, so the held-out days come after the training days.</summary>
    public int MinDays { get; set; } = 14;

    /// <summary>Fewest campaigns: a model of one campaign cannot tell what a different plan would do.</summary>
    public int MinCampaigns { get; set; } = 2;

    /// <summary>Fewest campaign-days with a conversion, or there is nothing to learn about conversions.</summary>
    public int MinConversionDays { get; set; } = 10;

    /// <summary>Days of history read back from yesterday, in the tenant's time zone.</summary>
    public int HistoryDays { get; set; } = 180;

    /// <summary>Share of the rows, latest dates first, held out to judge the model.</summary>
    public double HeldOutFraction { get; set; } = 0.2;

    public int Trees { get; set; } = 200;

    public int Leaves { get; set; } = 16;

    public int MinRowsPerLeaf { get; set; } = 10;

    public double LearningRate { get; set; } = 0.1;

    public int Seed { get; set; } = 1;

    /// <summary>Newest versions whose packages are kept besides the live one; older versions keep only their figures (a package is about 450 KiB at 100,000 rows).</summary>
    public int VersionsKept { get; set; } = 5;
}
