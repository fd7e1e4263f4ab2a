using System.Text.Json;
using GrainMarketing.Audit;

namespace GrainMarketing.Automation;

/// <summary>The audit trail's lines for what rules did: each status, budget and tag change with its value before and after, and each alert raised.</summary>
/// <remarks>
/// The actor is the rule (<c>rule:{id}</c>); the firing in history holds the evidence. Dry runs and
/// deferrals change nothing and are in history only.
/// </remarks>
public static class FiringAudit
{
    public static IEnumerable<AuditEntry> Entries(string tenant, IReadOnlyList<RuleFiring> firings, IReadOnlyList<PendingPlatformChange> changes)
    {
        foreach (var change in changes)
        {
            var action = change.Field switch
            {
                "status" => "automation.status.changed",
                "dailyBudget" => "automation.budget.changed",
                _ => "automation.tag.added",
            };
            yield return new AuditEntry(
                change.At, action, $"rule:{change.RuleId}", tenant, change.Target,
                change.From is null ? null : Value(change.Field, change.From, null),
                Value(change.Field, change.To, change.FiringId),
                null, null);
        }

        foreach (var firing in firings.Where(f => f is { Kind: FiringKind.Fired, DryRun: false }))
        {
            foreach (var notify in firing.Actions.Where(a => a.Type == RuleActionType.Notify))
            {
                yield return new AuditEntry(
                    firing.At, "automation.alert.raised", $"rule:{firing.RuleId}", tenant, firing.Target, null,
                    JsonSerializer.SerializeToElement(new { rule = firing.RuleName, firingId = firing.Id, notify.Detail }, AutomationJson.Options),
                    null, null);
            }
        }
    }

    private static JsonElement Value(string field, string value, Guid? firing)
    {
        var values = new Dictionary<string, object> { [field == "tags" ? "tag" : field] = value };
        if (firing is { } id)
        {
            values["firingId"] = id;
        }

        return JsonSerializer.SerializeToElement(values, AutomationJson.Options);
    }
}
