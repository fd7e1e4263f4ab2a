namespace GrainMarketing.Profiles;

/// <summary>A segment shard's members and the running sums of their contributions, exact however often a change is repeated.</summary>
/// <remarks>
/// A segment shard's members and the running sums of their contributions: setting a member again replaces
/// its contribution, removing one that is not there changes nothing, so the sums stay exact however often a
/// change is repeated.
/// </remarks>
public sealed class SegmentTally
{
    private readonly Dictionary<string, SegmentContribution> _members = new(StringComparer.Ordinal);
    private decimal _spend;
    private decimal _recent;
    private decimal _prior;

    public SegmentTotals Totals => new(_members.Count, _spend, _recent, _prior);

    /// <summary>Makes the customer a member with <paramref name="contribution"/>, or not a member (null).</summary>
    public void Set(string userId, SegmentContribution? contribution)
    {
        if (_members.Remove(userId, out var previous))
        {
            Add(previous, -1);
        }

        if (contribution is not null)
        {
            _members[userId] = contribution;
            Add(contribution, 1);
        }
    }

    private void Add(SegmentContribution contribution, int sign)
    {
        _spend += sign * contribution.Spend;
        _recent += sign * contribution.RecentSpend;
        _prior += sign * contribution.PriorSpend;
    }
}
