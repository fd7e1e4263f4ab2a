namespace GrainMarketing.Profiles;

/// <summary>One local day of a customer's purchases: spend and count, spend per category, purchases per city, and the event ids applied.</summary>
[GenerateSerializer, Alias("GrainMarketing.ProfileDay")]
public sealed class ProfileDay
{
    [Id(0)] public decimal Spend { get; set; }

    [Id(1)] public int Count { get; set; }

    [Id(2)] public Dictionary<string, decimal> Categories { get; set; } = new(StringComparer.Ordinal);

    [Id(3)] public Dictionary<string, int> Cities { get; set; } = new(StringComparer.Ordinal);

    /// <summary>64-bit digests of the day's event ids, so a re-sent transaction counts once.</summary>
    [Id(4)] public HashSet<ulong> EventIds { get; set; } = [];
}
