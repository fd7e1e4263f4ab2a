namespace GrainMarketing.Streaming;

/// <summary>One committed journal entry: a serialised batch for one stream.</summary>
public sealed record JournalRow(int Queue, long Sequence, string StreamKey, byte[] Payload);
