namespace GrainMarketing.Automation;

/// <summary>Every rule firing, reversal and miss of every tenant: appended in batches, read newest first a page at a time.</summary>
public interface IFiringLog
{
    Task AppendAsync(IReadOnlyList<RuleFiring> firings, CancellationToken cancellationToken);

    Task<FiringPage> QueryAsync(string tenant, FiringQuery query, CancellationToken cancellationToken);
}
