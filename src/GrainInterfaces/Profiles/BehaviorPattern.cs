namespace GrainMarketing.Profiles;

/// <summary>The behaviours a customer's profile may show; a customer can show several at once.</summary>
public enum BehaviorPattern
{
    HighSpender,
    Frequent,
    Weekend,
    CategoryFocused,
    LocationClustered,
    New,
    Inactive,
    Seasonal,
}
