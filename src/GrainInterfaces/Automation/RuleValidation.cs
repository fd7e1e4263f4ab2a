using System.Text.RegularExpressions;

namespace GrainMarketing.Automation;

/// <summary>Every reason a rule cannot be stored, keyed by the JSON path of the field (<c>conditions[1].window</c>), all at once.</summary>
/// <remarks>Used by the API before a grain is called and by the rule book before it stores.</remarks>
public static partial class RuleValidation
{
    public const int MaxNameLength = 100;
    public const int MaxDescriptionLength = 500;
    public const int MaxConditions = 10;
    public const int MaxActions = 10;
    public const int MaxScopeEntries = 100;
    public static readonly TimeSpan MaxCooldown = TimeSpan.FromDays(30);

    /// <summary>KPIs with a posterior model; only these may ask for confidence.</summary>
    public static readonly IReadOnlySet<RuleMetric> ConfidenceMetrics =
        new HashSet<RuleMetric> { RuleMetric.Ctr, RuleMetric.Cvr, RuleMetric.Cpa, RuleMetric.Cpc, RuleMetric.Roas };

    private static readonly string[] Platforms = ["meta", "google", "tiktok", "snapchat", "other"];
    private static readonly string[] Statuses = ["active", "paused", "archived"];
    private static readonly string[] SegmentDimensions = ["age", "gender", "country", "region", "interest"];

    public static Dictionary<string, string[]> Validate(RuleDefinition rule)
    {
        var errors = new Errors();
        if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Trim().Length > MaxNameLength)
        {
            errors.Add("name", $"Required: 1-{MaxNameLength} characters, not blank.");
        }

        if (rule.Description is { Length: > MaxDescriptionLength })
        {
            errors.Add("description", $"At most {MaxDescriptionLength} characters.");
        }

        if (rule.Cooldown is not null && !(RuleWindows.TryParse(rule.Cooldown, out var cooldown) && cooldown <= MaxCooldown))
        {
            errors.Add("cooldown", "A duration such as 30m, 6h or 1d, at most 30d.");
        }

        CheckConditions(errors, rule.Conditions);
        var level = rule.Scope?.Level ?? RuleLevel.Campaign;
        if (level != RuleLevel.Campaign && rule.Conditions?.Any(c => c?.Metric == RuleMetric.BudgetUsed) == true)
        {
            errors.Add("conditions", "budgetUsed is a campaign's: only campaign rules may use it.");
        }

        if (level is RuleLevel.AdSet or RuleLevel.Creative)
        {
            for (var i = 0; i < (rule.Conditions?.Count ?? 0); i++)
            {
                if (rule.Conditions![i]?.Window is { } window && window.EndsWith('h'))
                {
                    errors.Add($"conditions[{i}].window", $"Hour windows come from a campaign's arrival times; {EnumNames.Camel(level.ToString())} rules use today or day windows.");
                }
            }
        }

        CheckActions(errors, rule.Actions, level);
        CheckScope(errors, rule.Scope);
        if (rule.Guards is { } guards
            && (guards.MinSpend < 0 || guards.MinImpressions < 0 || guards.MinConversions < 0))
        {
            errors.Add("guards", "Minimums must not be negative.");
        }

        return errors.ToDictionary();
    }

    private static void CheckConditions(Errors errors, IReadOnlyList<RuleCondition>? conditions)
    {
        if (conditions is not { Count: >= 1 and <= MaxConditions })
        {
            errors.Add("conditions", $"Required: 1-{MaxConditions} conditions.");
            return;
        }

        for (var i = 0; i < conditions.Count; i++)
        {
            var path = $"conditions[{i}]";
            if (conditions[i] is not { } condition)
            {
                errors.Add(path, "Required: an object.");
                continue;
            }

            CheckCondition(errors, path, condition);
        }
    }

    private static void CheckCondition(Errors errors, string path, RuleCondition condition)
    {
        if (condition.Metric is null)
        {
            errors.Add($"{path}.metric", "Required: a sum (impressions, reach, clicks, spend, conversions, conversionValue) or a KPI (ctr, cpc, cpm, cpa, cvr, roas, aov, frequency) or budgetUsed.");
        }

        if (condition.Window is null || !RuleWindows.Allowed.Contains(condition.Window))
        {
            errors.Add($"{path}.window", $"Required: one of {string.Join(", ", RuleWindows.Allowed)}.");
        }
        else if (condition.Metric is RuleMetric.Reach or RuleMetric.Frequency && condition.Window != "today")
        {
            // Reach is not a sum: over several days (or hours of arrivals) only the daily sum is known, which counts people again.
            errors.Add($"{path}.window", "Reach and frequency are known only for a day the platform reported: use today.");
        }

        if (condition.Comparator is null)
        {
            errors.Add($"{path}.comparator", "Required: gt, gte, lt or lte.");
        }

        switch (condition)
        {
            case { Threshold: null, Change: null } or { Threshold: not null, Change: not null }:
                errors.Add($"{path}.threshold", "Give exactly one of threshold (a value) or change (relative to the previous window, -0.3 = down 30%).");
                break;
            case { Threshold: < 0 }:
                errors.Add($"{path}.threshold", "Must not be negative: no sum or KPI is.");
                break;
            case { Change: <= -1 or > 100 }:
                errors.Add($"{path}.change", "Must be above -1 (a fall to zero) and at most 100.");
                break;
        }

        if (condition.Confidence is { } confidence)
        {
            CheckConfidence(errors, path, condition, confidence);
        }
    }

    private static void CheckConfidence(Errors errors, string path, RuleCondition condition, double confidence)
    {
        if (confidence is <= 0.5 or >= 1 || double.IsNaN(confidence))
        {
            errors.Add($"{path}.confidence", "Must be above 0.5 and below 1, such as 0.95: at 0.5 a condition and its opposite would both hold.");
        }
        else if (condition.Metric is { } metric && !ConfidenceMetrics.Contains(metric))
        {
            errors.Add($"{path}.confidence", "Only ctr, cvr, cpa, cpc and roas have a posterior to be confident about.");
        }
        else if (condition.Change is not null)
        {
            errors.Add($"{path}.confidence", "Confidence applies to a threshold, not to a change.");
        }
    }

    private static void CheckActions(Errors errors, IReadOnlyList<RuleAction>? actions, RuleLevel level)
    {
        if (actions is not { Count: >= 1 and <= MaxActions })
        {
            errors.Add("actions", $"Required: 1-{MaxActions} actions.");
            return;
        }

        for (var i = 0; i < actions.Count; i++)
        {
            var path = $"actions[{i}]";
            var action = actions[i];
            if (action?.Type is not { } type)
            {
                errors.Add($"{path}.type", "Required: pause, resume, setBudget, scaleBudget, notify or tag.");
                continue;
            }

            if (!Applies(type, level))
            {
                errors.Add($"{path}.type", $"A {EnumNames.Camel(level.ToString())} rule can only {(level == RuleLevel.Segment ? "notify or tag" : "pause, resume, notify or tag")}.");
            }

            CheckAction(errors, path, action, type);
        }

        if (actions.Any(a => a?.Type == RuleActionType.Pause) && actions.Any(a => a?.Type == RuleActionType.Resume))
        {
            errors.Add("actions", "A rule cannot both pause and resume its targets.");
        }
    }

    /// <summary>The fields <paramref name="type"/> requires of <paramref name="action"/>.</summary>
    private static void CheckAction(Errors errors, string path, RuleAction action, RuleActionType type)
    {
        switch (type)
        {
            case RuleActionType.SetBudget when action.Amount is not > 0:
                errors.Add($"{path}.amount", "Required: the new daily budget, above 0.");
                break;
            case RuleActionType.ScaleBudget:
                if (action.Percent is not ({ } percent and >= -90 and <= 1000) || percent == 0)
                {
                    errors.Add($"{path}.percent", "Required: a change in percent, -90 to 1000, not 0.");
                }

                if (action.Min is <= 0 || action.Max is <= 0 || action.Min > action.Max)
                {
                    errors.Add($"{path}.max", "Caps must be above 0, with min at most max.");
                }

                break;
            case RuleActionType.Notify:
                if (action.Channels is not { Count: >= 1 and <= 10 } || action.Channels.Any(c => string.IsNullOrWhiteSpace(c) || c.Length > MaxNameLength))
                {
                    errors.Add($"{path}.channels", $"Required: 1-10 channel ids, each at most {MaxNameLength} characters.");
                }

                if (action.Severity is null)
                {
                    errors.Add($"{path}.severity", "Required: info, warning, error or critical.");
                }

                break;
            case RuleActionType.Tag when action.Tag is null || !TagText().IsMatch(action.Tag):
                errors.Add($"{path}.tag", "Required: 1-50 letters, digits, spaces or _ - : .");
                break;
        }
    }

    private static void CheckScope(Errors errors, RuleScope? scope)
    {
        if (scope is null)
        {
            return;
        }

        CheckList(errors, "scope.platforms", scope.Platforms, p => Platforms.Contains(p), "Each must be meta, google, tiktok, snapchat or other.");
        CheckList(errors, "scope.campaignIds", scope.CampaignIds, IsCampaignId, "Each must be platform:campaignId, such as meta:916.");
        CheckList(errors, "scope.statuses", scope.Statuses, s => Statuses.Contains(s), "Each must be active, paused or archived.");
        CheckList(errors, "scope.adSetIds", scope.AdSetIds, IsId, "Each must be 1-100 letters, digits or _ . : -");
        CheckList(errors, "scope.creativeIds", scope.CreativeIds, IsId, "Each must be 1-100 letters, digits or _ . : -");
        CheckList(errors, "scope.segments", scope.Segments, IsSegment, "Each must be dimension:value, such as age:25-34 (age, gender, country, region, interest).");
        if (scope.CampaignNamePattern is { } pattern && (pattern.Length is 0 or > MaxNameLength || pattern.Any(char.IsControl)))
        {
            errors.Add("scope.campaignNamePattern", $"A glob of 1-{MaxNameLength} characters (* and ? match).");
        }
    }

    private static void CheckList(Errors errors, string path, IReadOnlyList<string>? values, Func<string, bool> valid, string reason)
    {
        if (values is null)
        {
            return;
        }

        if (values.Count > MaxScopeEntries)
        {
            errors.Add(path, $"At most {MaxScopeEntries} entries.");
        }
        else if (values.Any(v => v is null || !valid(v)))
        {
            errors.Add(path, reason);
        }
    }

    private static bool Applies(RuleActionType type, RuleLevel level) => level switch
    {
        RuleLevel.Segment => type is RuleActionType.Notify or RuleActionType.Tag,
        RuleLevel.Creative => type is not (RuleActionType.SetBudget or RuleActionType.ScaleBudget),
        _ => true,
    };

    private static bool IsCampaignId(string value) =>
        value.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && Platforms.Contains(value[..colon]) && IsId(value[(colon + 1)..]);

    private static bool IsSegment(string value) =>
        value.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && SegmentDimensions.Contains(value[..colon]) && value.Length - colon - 1 is >= 1 and <= 100;

    private static bool IsId(string value) => IdText().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9_.:-]{1,100}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdText();

    [GeneratedRegex(@"^[A-Za-z0-9 _:-]{1,50}\z", RegexOptions.CultureInvariant)]
    private static partial Regex TagText();

    /// <summary>Reasons by field, the first reason for a field kept first.</summary>
    private sealed class Errors
    {
        private readonly Dictionary<string, List<string>> _byField = new(StringComparer.Ordinal);

        public void Add(string field, string reason)
        {
            if (!_byField.TryGetValue(field, out var reasons))
            {
                _byField[field] = reasons = [];
            }

            reasons.Add(reason);
        }

        public Dictionary<string, string[]> ToDictionary() => _byField.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
    }
}
