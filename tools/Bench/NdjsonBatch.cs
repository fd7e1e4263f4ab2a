using System.Buffers;

namespace GrainMarketing.Bench;

/// <summary>One sender's reusable request body: a pooled buffer refilled with the next batch of events.</summary>
internal sealed class NdjsonBatch(NdjsonEncoder encoder, int maxEvents) : IDisposable
{
    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(maxEvents * NdjsonEncoder.MaxLineBytes);

    public ReadOnlyMemory<byte> Body { get; private set; }

    /// <summary>Fills the body with events <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/>; returns their sums.</summary>
    public EventTotals Fill(long from, int count)
    {
        var (length, totals) = encoder.Write(from, count, _buffer);
        Body = _buffer.AsMemory(0, length);
        return totals;
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
