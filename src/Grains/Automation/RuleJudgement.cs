using GrainMarketing.Alerts;

namespace GrainMarketing.Automation;

/// <summary>What one judgement of a grain's rules found: the rule run, and the reversals and misses restated past days brought.</summary>
public sealed record RuleJudgement(RuleRun Run, IReadOnlyList<(RuleFiring Entry, RuleDefinition Rule)> Restated)
{
    /// <summary>Every entry for the firing log: the run's firings, then the restatements.</summary>
    public IReadOnlyList<RuleFiring> Entries { get; } = [.. Run.Firings, .. Restated.Select(restated => restated.Entry)];

    /// <summary>The alerts to raise: each notify action of a rule that fired, then a warning per restatement; dry runs raise none.</summary>
    public IEnumerable<Alert> Alerts(RuleSet rules)
    {
        foreach (var firing in Run.Firings.Where(f => f is { Kind: FiringKind.Fired, DryRun: false }))
        {
            if (rules.Rules.FirstOrDefault(r => r.Id == firing.RuleId) is { } rule)
            {
                foreach (var alert in FiringAlerts.For(firing, rule.Definition))
                {
                    yield return alert;
                }
            }
        }

        foreach (var (entry, rule) in Restated.Where(restated => !restated.Entry.DryRun))
        {
            yield return FiringAlerts.ForRestatement(entry, rule);
        }
    }
}
