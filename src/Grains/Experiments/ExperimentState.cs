namespace GrainMarketing.Experiments;

/// <summary>One experiment's stored state: its definition, one tally per variant per measure, and the running minima of the always-valid p-values.</summary>
/// <remarks>Bounded: at most <see cref="ExperimentRules.MaxVariants"/> variants, two measures, whatever the number of observations.</remarks>
[GenerateSerializer, Alias("GrainMarketing.ExperimentState")]
public sealed class ExperimentState
{
    [Id(0)] public Experiment? Experiment { get; set; }

    /// <summary>Unit-level experiments only: each variant's observations, in the experiment's variant order.</summary>
    [Id(1)] public List<VariantTally> Tallies { get; set; } = [];

    [Id(2)] public Dictionary<string, double> Minima { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Campaign experiments only: the tenant's day the experiment started, the first day of metrics counted.</summary>
    [Id(3)] public DateOnly? DataFrom { get; set; }

    /// <summary>The Idempotency-Keys of the last <see cref="ExperimentRules.RememberedBatches"/> batches, oldest first: a retried batch is not counted twice.</summary>
    [Id(4)] public List<string> RecentBatches { get; set; } = [];
}
