namespace GrainMarketing.Streaming;

/// <summary>The metric journal (configuration section <c>Journal</c>; Postgres profile).</summary>
public sealed class JournalOptions
{
    public const string Section = "Journal";

    /// <summary>Queues the streams hash into; each is read by one pulling agent on some silo.</summary>
    public int Queues { get; set; } = 8;

    /// <summary>How long delivered rows stay: long enough for any campaign to replay what it had not checkpointed.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often delivered rows past <see cref="Retention"/> are deleted.</summary>
    public TimeSpan PrunePeriod { get; set; } = TimeSpan.FromHours(1);
}
