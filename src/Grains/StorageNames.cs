namespace GrainMarketing;

/// <summary>Names of the grain storage providers the silo registers.</summary>
public static class StorageNames
{
    /// <summary>Grain state: memory in the Memory profile, PostgreSQL in the Postgres profile.</summary>
    public const string Default = "store";

    /// <summary>Stream subscription state (the name Orleans looks for).</summary>
    public const string PubSub = "PubSubStore";
}
