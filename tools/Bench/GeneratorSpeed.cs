using System.Buffers;
using System.Diagnostics;

namespace GrainMarketing.Bench;

/// <summary>How fast one thread generates and encodes NDJSON, alone: the load generator must not be what the bench measures.</summary>
internal static class GeneratorSpeed
{
    public static (double EventsPerSecond, double BytesPerEvent) Measure(NdjsonEncoder encoder, long events, int batch)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(batch * NdjsonEncoder.MaxLineBytes);
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        for (var from = 0L; from < events; from += batch)
        {
            bytes += encoder.Write(from, (int)Math.Min(batch, events - from), buffer).Length;
        }

        var elapsed = clock.Elapsed;
        ArrayPool<byte>.Shared.Return(buffer);
        return (events / elapsed.TotalSeconds, (double)bytes / events);
    }
}
