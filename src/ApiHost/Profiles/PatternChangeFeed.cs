using GrainMarketing.Profiles;

namespace GrainMarketing.ApiHost.Profiles;

/// <summary>The live feed's id cursor over a tenant's recorded entries and exits.</summary>
/// <remarks>
/// Ids are taken when a write starts, and writes on different silos may commit out of id order, so each tick
/// reads again from the newest id seen <see cref="SettleTicks"/> ticks ago and skips the ids already sent: a
/// change that commits a little late is still sent, once.
/// </remarks>
public sealed class PatternChangeFeed(long start)
{
    public const int SettleTicks = 5;

    /// <summary>The most changes one tick sends; a busier second sends its newest ones.</summary>
    public const int MaxPerTick = 500;

    private readonly Queue<long> _newest = new();
    private readonly HashSet<long> _sent = [];
    private long _floor = start;
    private long _seen = start;

    /// <summary>The query for this tick: everything recorded after the settled floor.</summary>
    public PatternChangeQuery Query => new(MaxPerTick, After: _floor);

    /// <summary>Takes a tick's answer to <see cref="Query"/>: the changes not sent before, oldest first.</summary>
    public IReadOnlyList<StoredPatternChange> Take(IReadOnlyList<StoredPatternChange> read)
    {
        var fresh = read.Where(change => change.Id > _floor && _sent.Add(change.Id)).OrderBy(change => change.Id).ToList();
        _seen = Math.Max(_seen, read.Count == 0 ? _seen : read.Max(change => change.Id));
        _newest.Enqueue(_seen);
        if (_newest.Count > SettleTicks)
        {
            _floor = _newest.Dequeue();
            _sent.RemoveWhere(id => id <= _floor);
        }

        return fresh;
    }
}
