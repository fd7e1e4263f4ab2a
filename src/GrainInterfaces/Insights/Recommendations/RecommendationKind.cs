namespace GrainMarketing.Insights.Recommendations;

/// <summary>What a recommendation asks the tenant to do.</summary>
public enum RecommendationKind
{
    /// <summary>Pause a campaign whose cost per conversion or ROAS is significantly worse than the tenant's other campaigns'.</summary>
    PauseCampaign,

    /// <summary>Put more of the budget on an age × gender segment that converts significantly better than the rest.</summary>
    TargetSegment,

    /// <summary>Exclude an age × gender segment that converts significantly worse than the rest.</summary>
    ExcludeSegment,

    /// <summary>Replace a creative whose click-through rate decays while its audience sees it more often.</summary>
    RefreshCreative,

    /// <summary>Check the conversion tracking of a campaign whose conversions stopped while it kept spending.</summary>
    FixTracking,

    /// <summary>Raise the budget of a campaign whose response curve says the next unit of spend still buys significantly more than the tenant's average.</summary>
    ScaleCampaign,

    /// <summary>Move budget between campaigns as the optimiser splits it on their response curves, when the expected gain is surely positive.</summary>
    ShiftBudget,

    /// <summary>Concentrate a campaign's spend in the hours of the day that convert significantly better per unit of spend.</summary>
    Daypart,

    /// <summary>Pause an ad set whose cost per conversion or ROAS is significantly worse than its campaign's other ad sets'.</summary>
    PauseAdSet,

    /// <summary>Pause a creative whose cost per conversion or ROAS is significantly worse than the other creatives of its ad set.</summary>
    PauseCreative,
}
