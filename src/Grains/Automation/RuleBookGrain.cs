using GrainMarketing.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Automation;

[GrainType("rule-book")]
public sealed class RuleBookGrain(
    [PersistentState("rules", StorageNames.Default)] IPersistentState<RuleBookState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IRuleBookGrain
{
    public const int MaxRules = 200;

    /// <summary>Versions kept per rule; older ones are dropped (firings keep the evidence they need).</summary>
    public const int MaxVersions = 20;

    public async Task<RuleDetails> CreateAsync(RuleDefinition definition, string actor)
    {
        definition = Normalize(definition);
        if (state.State.Rules.Count >= MaxRules)
        {
            throw new ConflictException($"The tenant has {MaxRules} rules, the most allowed; delete one first.");
        }

        var now = clock.GetUtcNow();
        var rule = new RuleDetails(Guid.NewGuid(), 1, definition, now, actor, now, actor);
        state.State.Rules[rule.Id] = [rule];
        await state.WriteStateAsync();
        return rule;
    }

    public async Task<RuleChange> UpdateAsync(Guid id, RuleDefinition definition, string actor, int? expectedVersion)
    {
        definition = Normalize(definition);
        var versions = Versions(id);
        var current = versions[^1];
        if (expectedVersion is { } expected && expected != current.Version)
        {
            throw new ConflictException($"The rule is at version {current.Version}, not {expected}; read it again and reapply the change.");
        }

        var next = current with { Version = current.Version + 1, Definition = definition, UpdatedAt = clock.GetUtcNow(), UpdatedBy = actor };
        versions.Add(next);
        if (versions.Count > MaxVersions)
        {
            versions.RemoveAt(0);
        }

        await state.WriteStateAsync();
        return new RuleChange(current, next);
    }

    public async Task<RuleChange> DeleteAsync(Guid id)
    {
        var current = Versions(id)[^1];
        state.State.Rules.Remove(id);
        await state.WriteStateAsync();
        return new RuleChange(current, null);
    }

    public Task<RuleDetails> GetAsync(Guid id) => Task.FromResult(Versions(id)[^1]);

    public Task<RuleDetails> GetVersionAsync(Guid id, int version) =>
        Task.FromResult(Versions(id).Find(v => v.Version == version) ?? throw new NotFoundException("Rule version", $"{id}/{version}"));

    public Task<IReadOnlyList<RuleDetails>> ListAsync() => Task.FromResult<IReadOnlyList<RuleDetails>>(
        [.. state.State.Rules.Values.Select(v => v[^1]).OrderBy(r => r.Definition.Name, StringComparer.OrdinalIgnoreCase).ThenBy(r => r.Id)]);

    private List<RuleDetails> Versions(Guid id) =>
        state.State.Rules.TryGetValue(id, out var versions) ? versions : throw new NotFoundException("Rule", id.ToString());

    /// <summary>Refuses an invalid rule; trims the name and fills the default cooldown, so stored rules read the same.</summary>
    private static RuleDefinition Normalize(RuleDefinition definition)
    {
        var errors = RuleValidation.Validate(definition);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        return definition with
        {
            Name = definition.Name!.Trim(),
            Cooldown = definition.Cooldown ?? "24h",
            Scope = definition.Scope ?? new RuleScope(),
            Guards = definition.Guards ?? new RuleGuards(),
        };
    }
}
