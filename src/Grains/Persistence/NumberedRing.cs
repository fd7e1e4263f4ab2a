namespace GrainMarketing.Persistence;

/// <summary>An in-memory log's newest entries, numbered from 1 in the order they arrive, read newest first.</summary>
/// <remarks>
/// Entry n sits in slot (n - 1) mod capacity until entry n + capacity takes its place, so memory stays bounded
/// and a number read once keeps naming the same entry for as long as it is held. Safe to share between threads.
/// </remarks>
public sealed class NumberedRing<T>(int capacity)
{
    private readonly T[] _slots = new T[capacity];
    private readonly Lock _lock = new();
    private long _last;

    /// <summary>Numbers the items in order, as one batch that no other append interleaves, and keeps what <paramref name="number"/> makes of each.</summary>
    public void Append<TItem>(IEnumerable<TItem> items, Func<long, TItem, T> number)
    {
        lock (_lock)
        {
            foreach (var item in items)
            {
                _last++;
                _slots[Slot(_last)] = number(_last, item);
            }
        }
    }

    /// <summary>Up to <paramref name="count"/> kept entries that <paramref name="matches"/> accepts, newest first, numbered below <paramref name="before"/> when given.</summary>
    public List<T> Newest(long? before, int count, Func<T, bool> matches)
    {
        var found = new List<T>();
        lock (_lock)
        {
            var oldest = Math.Max(1, _last - capacity + 1);
            var newest = before is { } below ? Math.Min(_last, Math.Max(below, 1) - 1) : _last;
            for (var number = newest; number >= oldest && found.Count < count; number--)
            {
                var entry = _slots[Slot(number)];
                if (matches(entry))
                {
                    found.Add(entry);
                }
            }
        }

        return found;
    }

    private int Slot(long number) => (int)((number - 1) % capacity);
}
