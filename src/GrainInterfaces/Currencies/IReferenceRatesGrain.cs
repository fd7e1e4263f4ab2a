using GrainMarketing.Campaigns;
using Orleans.Concurrency;

namespace GrainMarketing.Currencies;

/// <summary>The configured source's reference rates (one grain, key 0), shared by every tenant: each derives its own cross rates from them.</summary>
public interface IReferenceRatesGrain : IGrainWithIntegerKey
{
    /// <summary>Takes a read of the source: its days replace the days held under the same dates; durable when the task completes.</summary>
    Task ImportAsync(ReferenceRates rates);

    /// <summary>The days held in <paramref name="range"/>, oldest first, and when the source was last read.</summary>
    [ReadOnly]
    Task<ReferenceRates> GetAsync(DateRange range);
}
