using GrainMarketing.Insights.Predictions;

namespace GrainMarketing.UnitTests.Insights.Predictions;

public sealed class InMemoryOutcomeModelRegistryTests : OutcomeModelRegistryContract
{
    protected override Task<IOutcomeModelRegistry> CreateEmptyAsync() => Task.FromResult<IOutcomeModelRegistry>(new InMemoryOutcomeModelRegistry());
}
