namespace GrainMarketing.Bench;

/// <summary>What a <see cref="PacedLoad"/> achieved against its target.</summary>
/// <param name="NextIndex">The first event index no batch of this load took.</param>
internal sealed record PacedResult(double TargetRate, long AcceptedEvents, long FailedBatches, TimeSpan Elapsed, long NextIndex)
{
    public double Rate => AcceptedEvents / Elapsed.TotalSeconds;

    public override string ToString() =>
        $"{Rate:N0} events/s accepted of {TargetRate:N0} targeted ({AcceptedEvents:N0} events, {FailedBatches:N0} failed batches)";
}
