namespace GrainMarketing.Profiles;

/// <summary>Customer events travel on the metric stream provider (the same durable journal in the Postgres profile) under their own namespace.</summary>
public static class UserStreams
{
    public const string Namespace = "user-events";
}
