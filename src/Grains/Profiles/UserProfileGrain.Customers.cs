namespace GrainMarketing.Profiles;

/// <summary>The customer's row in the customer table and what it contributes to its segment shards.</summary>
public sealed partial class UserProfileGrain
{
    /// <summary>Entries and exits not yet in the table (a failed write keeps them for the next try).</summary>
    private readonly List<PatternChangeRow> _unrecorded = [];

    /// <summary>Patterns left whose shards have not been told yet.</summary>
    private readonly HashSet<BehaviorPattern> _untoldExits = [];

    private CustomerRow? _written;
    private SegmentContribution? _told;

    /// <summary>Figures changed (or a write failed) since the row was last written and the shards last told.</summary>
    private bool _customerDirty;

    /// <summary>The patterns changed: the row and the entries and exits are durable in the table before any shard hears of them.</summary>
    private async Task RecordAsync(UserKey user, ProfileMetrics metrics, DateTimeOffset now, IReadOnlyList<BehaviorPattern> left)
    {
        _customerDirty = true;
        _untoldExits.UnionWith(left);
        if (CustomerRows.Of(user, metrics, state.State.Patterns, now) is not { } row)
        {
            return;
        }

        await WriteRowAsync(row);
        await TellShardsAsync(user, row);
        _customerDirty = false;
    }

    /// <summary>At the checkpoint: figures that changed without a pattern change reach the table, then the shards.</summary>
    private async Task SyncCustomerAsync()
    {
        if (!_customerDirty || state.State.User is not { } user)
        {
            return;
        }

        if (CustomerRows.Of(user, state.State.Profile.Metrics(Today()), state.State.Patterns, clock.GetUtcNow()) is { } row)
        {
            if (_unrecorded.Count > 0 || !CustomerRows.SameFigures(row, _written))
            {
                await WriteRowAsync(row);
            }

            if (_untoldExits.Count > 0 || CustomerRows.Contribution(row) != _told)
            {
                await TellShardsAsync(user, row);
            }
        }

        _customerDirty = false;
    }

    private async Task WriteRowAsync(CustomerRow row)
    {
        await writer.WriteAsync([row], [.. _unrecorded]);
        _unrecorded.Clear();
        _written = row;
        if (!state.State.Listed)
        {
            state.State.Listed = true;
            _dirty = true;
        }
    }

    /// <summary>Every shard of a pattern shown now gets the contribution; those of patterns left, the exit.</summary>
    private async Task TellShardsAsync(UserKey user, CustomerRow row)
    {
        var contribution = CustomerRows.Contribution(row);
        _told = null;
        await Task.WhenAll(state.State.Patterns.Select(pattern => Shard(user, pattern, row.Shard).SetAsync(user.UserId, contribution))
            .Concat(_untoldExits.Where(pattern => !state.State.Patterns.Contains(pattern)).Select(pattern => Shard(user, pattern, row.Shard).SetAsync(user.UserId, null))));
        _untoldExits.Clear();
        _told = contribution;
    }

    private IBehaviorSegmentGrain Shard(UserKey user, BehaviorPattern pattern, int shard) =>
        GrainFactory.GetGrain<IBehaviorSegmentGrain>(BehaviorSegments.Key(user.Tenant, pattern, shard));
}
