using System.Collections.Concurrent;
using GrainMarketing.Automation;

namespace GrainMarketing.GrainTests.Automation;

/// <summary>
/// Counts the rule set reads each grain makes, as a silo's call filter sees them arrive at the rule book:
/// with the rule cache off in the tests, a campaign reads its tenant's rules each time it judges them.
/// </summary>
public sealed class RuleSetReads : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<GrainId, int> _reads = new();

    public Task Invoke(IIncomingGrainCallContext context)
    {
        if (context.InterfaceMethod?.DeclaringType == typeof(IRuleBookGrain)
            && context.InterfaceMethod.Name == nameof(IRuleBookGrain.GetRuleSetAsync)
            && context.SourceId is { } reader)
        {
            _reads.AddOrUpdate(reader, 1, (_, reads) => reads + 1);
        }

        return context.Invoke();
    }

    /// <summary>How many times <paramref name="reader"/> has read a rule set.</summary>
    public int By(GrainId reader) => _reads.GetValueOrDefault(reader);
}
