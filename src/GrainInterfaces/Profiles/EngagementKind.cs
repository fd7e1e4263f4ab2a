namespace GrainMarketing.Profiles;

/// <summary>What a customer did with an offer, in the order it usually happens.</summary>
public enum EngagementKind
{
    Delivered,
    Viewed,
    Clicked,
    Converted,
}
