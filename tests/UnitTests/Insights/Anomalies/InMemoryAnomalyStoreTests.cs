using GrainMarketing.Insights.Anomalies;

namespace GrainMarketing.UnitTests.Insights.Anomalies;

public sealed class InMemoryAnomalyStoreTests : AnomalyStoreContract
{
    protected override Task<IAnomalyStore> CreateEmptyAsync() => Task.FromResult<IAnomalyStore>(new InMemoryAnomalyStore());
}
