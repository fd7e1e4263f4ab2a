namespace GrainMarketing.Offers;

/// <summary>A campaign's target list summed per group: the treated (shown the offer) and the held out.</summary>
public sealed record TargetSums(
    GroupSums Treated,
    GroupSums HeldOut)
{
    public static readonly TargetSums Empty = new(GroupSums.Empty, GroupSums.Empty);
}
