namespace GrainMarketing.Connectors.WriteBack;

/// <summary>A platform's limit on budget changes per entity (Meta: 4 an hour per ad set), kept by us before the platform refuses.</summary>
/// <remarks>Bounded: times older than the period are dropped whenever an entity is looked at.</remarks>
public sealed class BudgetChangeLimit(Dictionary<string, List<DateTimeOffset>> changes, int perPeriod, TimeSpan period)
{
    /// <summary>Meta's: 4 budget changes an hour per ad set.</summary>
    public static BudgetChangeLimit Meta(Dictionary<string, List<DateTimeOffset>> changes) => new(changes, 4, TimeSpan.FromHours(1));

    /// <summary>When the entity's budget may change next: <paramref name="now"/> when it may now.</summary>
    public DateTimeOffset NextAllowed(string entity, DateTimeOffset now)
    {
        var times = Recent(entity, now);
        return times.Count < perPeriod ? now : times[^perPeriod] + period;
    }

    public void Record(string entity, DateTimeOffset now)
    {
        var times = Recent(entity, now);
        times.Add(now);
        changes[entity] = times;
    }

    private List<DateTimeOffset> Recent(string entity, DateTimeOffset now)
    {
        var times = changes.GetValueOrDefault(entity) ?? [];
        times.RemoveAll(at => at <= now - period);
        if (times.Count == 0)
        {
            changes.Remove(entity);
        }

        return times;
    }
}
