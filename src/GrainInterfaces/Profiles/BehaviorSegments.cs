namespace GrainMarketing.Profiles;

/// <summary>How behaviour segments are sharded: a customer always lands in the same shard of every pattern.</summary>
public static class BehaviorSegments
{
    public const int Shards = 16;

    /// <summary>The most members one page lists.</summary>
    public const int MaxPage = 1000;

    public static string Key(string tenant, BehaviorPattern pattern, int shard) =>
        $"{tenant}/{EnumNames.Camel(pattern)}/{shard}";
}
