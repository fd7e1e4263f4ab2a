namespace GrainMarketing.Profiles;

/// <summary>A profile's row in the customer table and its contribution to its segment shards: the table first, then the shards.</summary>
/// <remarks>
/// Entries and exits are numbered and durable in the customer table before any shard hears of them;
/// figures that change without a pattern change (spend) reach the table and the shards at the
/// checkpoint. A failed write or an unanswered shard leaves what is owed for the next try.
/// </remarks>
public sealed class CustomerRecorder(
    IPersistentState<UserProfileState> state,
    CustomerWriter writer,
    Func<string, string, SegmentContribution?, Task> setSegmentMember,
    Action stateChanged)
{
    /// <summary>Entries and exits not yet in the table (a failed write keeps them for the next try).</summary>
    private readonly List<PatternChangeRow> _unrecorded = [];

    /// <summary>Patterns left whose shards have not been told yet.</summary>
    private readonly HashSet<BehaviorPattern> _untoldExits = [];

    private CustomerRow? _written;
    private SegmentContribution? _told;

    /// <summary>Figures changed (or a write failed) since the row was last written and the shards last told.</summary>
    public bool HasChanges { get; private set; }

    /// <summary>The customer's figures changed without a pattern change: the checkpoint brings them to the table and the shards.</summary>
    public void FiguresChanged() => HasChanges = true;

    /// <summary>The patterns changed (<paramref name="changes"/> are numbered here): the row and the entries and exits are durable in the table before any shard hears of them.</summary>
    public async Task RecordAsync(UserKey user, ProfileMetrics metrics, IReadOnlyList<PatternChange> changes, DateTimeOffset now)
    {
        var stored = state.State;
        _unrecorded.AddRange(changes.Select(change =>
            new PatternChangeRow(user.Tenant, user.UserId, ++stored.ChangeSequence, change.Pattern, change.Entered, change.At)));
        HasChanges = true;
        _untoldExits.UnionWith(changes.Where(change => !change.Entered).Select(change => change.Pattern));
        if (CustomerRows.Of(user, metrics, stored.Patterns, now) is not { } row)
        {
            return;
        }

        await WriteRowAsync(row);
        await TellShardsAsync(user, row);
        HasChanges = false;
    }

    /// <summary>At the checkpoint: figures that changed without a pattern change reach the table, then the shards.</summary>
    public async Task SyncAsync(DateTimeOffset now)
    {
        var stored = state.State;
        if (!HasChanges || stored.User is not { } user)
        {
            return;
        }

        if (CustomerRows.Of(user, stored.Profile.Metrics(stored.Profile.LocalDate(now)), stored.Patterns, now) is { } row)
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

        HasChanges = false;
    }

    private async Task WriteRowAsync(CustomerRow row)
    {
        await writer.WriteAsync([row], [.. _unrecorded]);
        _unrecorded.Clear();
        _written = row;
        if (!state.State.Listed)
        {
            state.State.Listed = true;
            stateChanged();
        }
    }

    /// <summary>Every shard of a pattern shown now gets the contribution; those of patterns left, the exit.</summary>
    private async Task TellShardsAsync(UserKey user, CustomerRow row)
    {
        var contribution = CustomerRows.Contribution(row);
        var patterns = state.State.Patterns;
        _told = null;
        await Task.WhenAll(patterns.Select(pattern => setSegmentMember(BehaviorSegments.Key(user.Tenant, pattern, row.Shard), user.UserId, contribution))
            .Concat(_untoldExits.Where(pattern => !patterns.Contains(pattern))
                .Select(pattern => setSegmentMember(BehaviorSegments.Key(user.Tenant, pattern, row.Shard), user.UserId, null))));
        _untoldExits.Clear();
        _told = contribution;
    }
}
