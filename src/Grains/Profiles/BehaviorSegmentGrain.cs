namespace GrainMarketing.Profiles;

/// <summary>One shard of a behaviour segment: its members' contributions in memory only.</summary>
/// <remarks>
/// On activation it loads the shard's members of its pattern from the customer table, which profiles write
/// before telling the shard, so counts and sums are exact and survive a restart; then profiles' changes
/// keep it current.
/// </remarks>
[GrainType("behavior-segment")]
public sealed class BehaviorSegmentGrain(ICustomerStore store) : Grain, IBehaviorSegmentGrain
{
    private readonly SegmentTally _tally = new();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        var shardAt = key.LastIndexOf('/');
        var patternAt = key.LastIndexOf('/', shardAt - 1);
        var pattern = Enum.Parse<BehaviorPattern>(key[(patternAt + 1)..shardAt], ignoreCase: true);
        var shard = int.Parse(key[(shardAt + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        foreach (var row in await store.ShardAsync(key[..patternAt], pattern, shard, cancellationToken))
        {
            _tally.Set(row.UserId, CustomerRows.Contribution(row));
        }
    }

    public Task SetAsync(string userId, SegmentContribution? contribution)
    {
        _tally.Set(userId, contribution);
        return Task.CompletedTask;
    }

    public Task<SegmentTotals> GetTotalsAsync() => Task.FromResult(_tally.Totals);
}
