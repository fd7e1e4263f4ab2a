using GrainMarketing.Tenants;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Automation;

/// <summary>Each silo's copy of its tenants' enabled rules, so a campaign judging its rules several times a second does not call the rule book each time.</summary>
/// <remarks>
/// An entry is reused for <see cref="AutomationOptions.RuleCacheDuration"/>; the rule book drops its silo's
/// entry on every change.
/// </remarks>
public sealed class RuleSetCache(IGrainFactory grains, IOptions<AutomationOptions> options)
{
    private static readonly TenantRules None = new(new RuleSet(0, []), TimeZoneInfo.Utc);

    private readonly TenantCache<TenantRules> _entries = new(tenant => FetchAsync(grains, tenant), () => options.Value.RuleCacheDuration);

    public Task<TenantRules> GetAsync(string tenant) => _entries.GetAsync(tenant);

    public void Invalidate(string tenant) => _entries.Invalidate(tenant);

    private static async Task<TenantRules> FetchAsync(IGrainFactory grains, string tenant)
    {
        var rules = await grains.GetGrain<IRuleBookGrain>(tenant).GetRuleSetAsync();
        if (rules.Rules.Count == 0)
        {
            return None;
        }

        var details = await grains.GetGrain<ITenantGrain>(tenant).GetAsync();
        return new TenantRules(rules, TimeZoneInfo.FindSystemTimeZoneById(details.Settings.TimeZone));
    }
}
