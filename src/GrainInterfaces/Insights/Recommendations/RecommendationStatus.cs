namespace GrainMarketing.Insights.Recommendations;

/// <summary>Where a recommendation stands.</summary>
public enum RecommendationStatus
{
    /// <summary>Raised and waiting for someone.</summary>
    Open,

    /// <summary>Someone agreed with it and will act (or apply it later).</summary>
    Accepted,

    /// <summary>Someone declined it, with a reason; it comes back only on materially stronger evidence.</summary>
    Dismissed,

    /// <summary>Its actions were played through the rules machinery.</summary>
    Applied,

    /// <summary>The evidence no longer holds: a later run did not find it again.</summary>
    Expired,
}
