namespace GrainMarketing.Automation;

/// <summary>What a grain gives <see cref="RuleJudge"/>: the numbers the tenant's rules are judged on, and what else a judgement changes.</summary>
public interface IRuleSubject
{
    /// <summary>The tenant whose rules apply; null while the grain has nothing to judge.</summary>
    string? Tenant { get; }

    /// <summary>Whether any of the tenant's rules is for this kind of grain.</summary>
    bool Judges(RuleSet rules);

    /// <summary>Runs the rules on the grain's numbers; the automation state records what the run did.</summary>
    Task<RuleJudgement> JudgeAsync(TenantRules tenant, DateTimeOffset now);

    /// <summary>Writes what the judgement changed beyond the automation state (a campaign's metadata); a failure is a lost write.</summary>
    Task StoreAsync(RuleJudgement judgement, CancellationToken cancellationToken);
}
