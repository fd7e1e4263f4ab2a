using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Automation;

/// <summary>The rule editor's form: every field the rules API accepts, as the inputs hold it, and the request built from it.</summary>
/// <remarks>Lists of ids are typed as text separated by commas; an empty one is not sent, since an empty scope list does not narrow.</remarks>
public sealed class RuleDraft
{
    public string? Name { get; set; }

    public string? Description { get; set; }

    public RuleLevel Level { get; set; } = RuleLevel.Campaign;

    public IReadOnlyCollection<string> Platforms { get; set; } = [];

    public IReadOnlyCollection<string> Statuses { get; set; } = [];

    public string? CampaignIds { get; set; }

    public string? CampaignNamePattern { get; set; }

    public string? AdSetIds { get; set; }

    public string? CreativeIds { get; set; }

    public string? Segments { get; set; }

    public RuleMatch Match { get; set; } = RuleMatch.All;

    public List<ConditionDraft> Conditions { get; } = [];

    public List<ActionDraft> Actions { get; } = [];

    public double? MinSpend { get; set; }

    public long? MinImpressions { get; set; }

    public long? MinConversions { get; set; }

    /// <summary>Blank sends none, and the API stores its default (24h).</summary>
    public string? Cooldown { get; set; } = "24h";

    public bool Enabled { get; set; } = true;

    public bool DryRun { get; set; }

    /// <summary>A new rule: one condition and one action to start from.</summary>
    public static RuleDraft New()
    {
        var draft = new RuleDraft();
        draft.Conditions.Add(new ConditionDraft());
        draft.Actions.Add(new ActionDraft());
        return draft;
    }

    public static RuleDraft From(RuleDefinition rule)
    {
        var scope = rule.Scope ?? new RuleScope();
        var draft = new RuleDraft
        {
            Name = rule.Name,
            Description = rule.Description,
            Level = scope.Level ?? RuleLevel.Campaign,
            Platforms = scope.Platforms ?? [],
            Statuses = scope.Statuses ?? [],
            CampaignIds = TextOf(scope.CampaignIds),
            CampaignNamePattern = scope.CampaignNamePattern,
            AdSetIds = TextOf(scope.AdSetIds),
            CreativeIds = TextOf(scope.CreativeIds),
            Segments = TextOf(scope.Segments),
            Match = rule.Match ?? RuleMatch.All,
            MinSpend = rule.Guards?.MinSpend,
            MinImpressions = rule.Guards?.MinImpressions,
            MinConversions = rule.Guards?.MinConversions,
            Cooldown = rule.Cooldown,
            Enabled = rule.Enabled ?? true,
            DryRun = rule.DryRun ?? false,
        };
        draft.Conditions.AddRange((rule.Conditions ?? []).Select(ConditionDraft.From));
        draft.Actions.AddRange((rule.Actions ?? []).Select(ActionDraft.From));
        return draft;
    }

    public RuleDefinition ToDefinition() => new()
    {
        Name = Name,
        Description = string.IsNullOrWhiteSpace(Description) ? null : Description,
        Scope = new RuleScope
        {
            Level = Level,
            Platforms = Platforms.Count > 0 ? [.. Platforms] : null,
            Statuses = Statuses.Count > 0 ? [.. Statuses] : null,
            CampaignIds = ListOf(CampaignIds),
            CampaignNamePattern = string.IsNullOrWhiteSpace(CampaignNamePattern) ? null : CampaignNamePattern,
            AdSetIds = ListOf(AdSetIds),
            CreativeIds = ListOf(CreativeIds),
            Segments = ListOf(Segments),
        },
        Match = Match,
        Conditions = [.. Conditions.Select(c => c.ToCondition())],
        Actions = [.. Actions.Select(a => a.ToAction())],
        Guards = MinSpend is null && MinImpressions is null && MinConversions is null
            ? null
            : new RuleGuards { MinSpend = MinSpend, MinImpressions = MinImpressions, MinConversions = MinConversions },
        Cooldown = string.IsNullOrWhiteSpace(Cooldown) ? null : Cooldown.Trim(),
        Enabled = Enabled,
        DryRun = DryRun,
    };

    /// <summary>The entries of a comma-separated text, trimmed; null when there are none.</summary>
    public static List<string>? ListOf(string? text) =>
        text?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } entries ? [.. entries] : null;

    private static string? TextOf(List<string>? values) => values is { Count: > 0 } ? string.Join(", ", values) : null;
}
