namespace GrainMarketing.Insights.Recommendations;

/// <summary>What one detector made of a tenant: its findings, and the targets it did not judge for want of evidence, with why.</summary>
public sealed record DetectorRun(IReadOnlyList<Finding> Findings, IReadOnlyDictionary<string, string> Unjudged)
{
    public static readonly DetectorRun Empty = new([], new Dictionary<string, string>());
}
