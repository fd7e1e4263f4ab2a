namespace GrainMarketing.Insights.Anomalies;

/// <summary>What an anomaly looks like to a marketer.</summary>
public enum AnomalyKind
{
    /// <summary>Spend goes on while no conversion arrives for far longer than the series' conversion rate allows.</summary>
    BrokenPixel,

    /// <summary>Spend far above what the hour usually spends.</summary>
    SpendSpike,

    /// <summary>Click-through rate far below its usual level.</summary>
    CtrCollapse,

    /// <summary>Cost per acquisition far above its usual level.</summary>
    CpaJump,

    /// <summary>Any other metric far above its band.</summary>
    High,

    /// <summary>Any other metric far below its band.</summary>
    Low,
}
