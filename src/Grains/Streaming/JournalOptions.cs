namespace GrainMarketing.Streaming;

/// <summary>The metric journal (configuration section <c>Journal</c>; Postgres profile).</summary>
public sealed class JournalOptions
{
    public const string Section = "Journal";

    /// <summary>Queues the streams hash into; each is read by one pulling agent on some silo.</summary>
    public int Queues { get; set; } = 8;
}
