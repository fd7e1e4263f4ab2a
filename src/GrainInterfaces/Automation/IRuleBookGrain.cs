using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Automation;

/// <summary>A tenant's automation rules (keyed by the tenant's slug), each with its recent versions.</summary>
/// <remarks>
/// Rules are validated here too (<see cref="RuleValidation"/>), normalised (trimmed names, default
/// cooldown) and bounded in number.
/// </remarks>
public interface IRuleBookGrain : IGrainWithStringKey
{
    /// <exception cref="ValidationFailedException">The rule breaks <see cref="RuleValidation"/>.</exception>
    /// <exception cref="ConflictException">The tenant has the most rules allowed.</exception>
    Task<RuleDetails> CreateAsync(RuleDefinition definition, string actor);

    /// <summary>Replaces the rule's definition as a new version; with <paramref name="expectedVersion"/>, only if it is still the current one.</summary>
    /// <exception cref="NotFoundException">No such rule.</exception>
    /// <exception cref="ConflictException">The rule has moved past <paramref name="expectedVersion"/>.</exception>
    Task<RuleChange> UpdateAsync(Guid id, RuleDefinition definition, string actor, int? expectedVersion);

    /// <exception cref="NotFoundException">No such rule.</exception>
    Task<RuleChange> DeleteAsync(Guid id);

    /// <exception cref="NotFoundException">No such rule.</exception>
    [ReadOnly]
    Task<RuleDetails> GetAsync(Guid id);

    /// <summary>One version of a rule, as long as it is among the kept ones.</summary>
    /// <exception cref="NotFoundException">No such rule or version.</exception>
    [ReadOnly]
    Task<RuleDetails> GetVersionAsync(Guid id, int version);

    /// <summary>The enabled rules' current versions: what campaigns judge.</summary>
    [ReadOnly]
    Task<RuleSet> GetRuleSetAsync();

    /// <summary>Every rule's current version, by name.</summary>
    [ReadOnly]
    Task<IReadOnlyList<RuleDetails>> ListAsync();
}
