using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Automation;

/// <summary>A tenant's automation rules; every change reaches the campaigns at once.</summary>
/// <remarks>
/// It drops this silo's cached copy (other silos refresh theirs within
/// <see cref="AutomationOptions.RuleCacheDuration"/>) and asks the campaigns the enabled rules may cover to
/// judge them now. While any rule is enabled, a reminder asks them again every
/// <see cref="AutomationOptions.ScheduleInterval"/>, because windows move with time.
/// </remarks>
[GrainType("rule-book")]
public sealed class RuleBookGrain(
    [PersistentState("rules", StorageNames.Default)] IPersistentState<RuleBookState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    RuleSetCache cache,
    IOptions<AutomationOptions> options) : Grain, IRuleBookGrain, IRemindable
{
    private const string ScheduleReminder = "judge-campaigns";

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
        await SaveAsync();
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

        await SaveAsync();
        return new RuleChange(current, next);
    }

    public async Task<RuleChange> DeleteAsync(Guid id)
    {
        var current = Versions(id)[^1];
        state.State.Rules.Remove(id);
        await SaveAsync();
        return new RuleChange(current, null);
    }

    public Task<RuleSet> GetRuleSetAsync() => Task.FromResult(new RuleSet(
        state.State.Version,
        [.. state.State.Rules.Values.Select(v => v[^1]).Where(r => r.Definition.Enabled).OrderBy(r => r.Id)]));

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == ScheduleReminder)
        {
            await AskCampaignsAsync();
        }
    }

    /// <summary>Stores a change, then makes it count: fresh rules for this silo, the schedule kept in step, the campaigns asked.</summary>
    private async Task SaveAsync()
    {
        // The reminder follows the rules before they are written: a write that then fails leaves at most
        // a reminder that finds nothing to ask, or none until the next change, never a lost rule.
        var enabled = state.State.Rules.Values.Any(v => v[^1].Definition.Enabled);
        if (enabled != state.State.Scheduled)
        {
            if (enabled)
            {
                var interval = options.Value.ScheduleInterval;
                await this.RegisterOrUpdateReminder(ScheduleReminder, interval, interval);
            }
            else if (await this.GetReminder(ScheduleReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            state.State.Scheduled = enabled;
        }

        state.State.Version++;
        await state.WriteStateAsync();
        cache.Invalidate(this.GetPrimaryKeyString());
        await AskCampaignsAsync();
    }

    /// <summary>Asks every campaign an enabled rule may cover (by platform and id) to judge its rules; one-way, so none waits for another.</summary>
    private async Task AskCampaignsAsync()
    {
        var scopes = state.State.Rules.Values.Select(v => v[^1].Definition).Where(d => d.Enabled).Select(d => d.Scope).ToList();
        if (scopes.Count == 0)
        {
            return;
        }

        foreach (var campaign in await GrainFactory.GetGrain<ICampaignRegistryGrain>(this.GetPrimaryKeyString()).ListAsync())
        {
            if (scopes.Exists(scope => RuleScopes.MayCover(scope, campaign)))
            {
                await GrainFactory.GetGrain<ICampaignGrain>(campaign.ToString()).EvaluateRulesAsync();
            }
        }
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
