using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Pages.Tenant.Automation;

namespace GrainMarketing.DashboardTests;

/// <summary>The rule editor's form turned into the rules API's request, and a stored rule loaded back into the form.</summary>
public sealed class RuleDraftTests
{
    [Fact]
    public void TheRequestCarriesEachFieldAsTheApiNamesItAndLeavesEmptyListsOut()
    {
        var draft = RuleDraft.New();
        draft.Name = "Scale winners";
        draft.Platforms = ["meta"];
        draft.CampaignIds = " meta:916 , meta:917,";
        draft.Conditions[0] = new ConditionDraft { Metric = RuleMetric.Ctr, Window = "7d", Comparator = RuleComparator.Lte, Against = ConditionTarget.Change, Value = -0.3 };
        draft.Actions[0] = new ActionDraft { Type = RuleActionType.ScaleBudget, Percent = 20, Max = 500, Amount = 99, Channels = "ops", Tag = "ignored" };
        draft.Actions.Add(new ActionDraft { Type = RuleActionType.Notify, Channels = "ops, #marketing", Severity = AlertSeverity.Error });
        draft.MinConversions = 10;
        draft.Cooldown = " 6h ";

        var rule = draft.ToDefinition();

        Assert.Equal(["meta:916", "meta:917"], rule.Scope!.CampaignIds);
        Assert.Equal(["meta"], rule.Scope.Platforms);
        Assert.Null(rule.Scope.Statuses);
        Assert.Null(rule.Scope.Segments);
        var condition = Assert.Single(rule.Conditions!);
        Assert.Equal((null, -0.3), (condition.Threshold, condition.Change));
        Assert.Equal((20d, 500d, (double?)null, (List<string>?)null, (string?)null), (rule.Actions![0].Percent, rule.Actions[0].Max, rule.Actions[0].Amount, rule.Actions[0].Channels, rule.Actions[0].Tag));
        Assert.Equal(["ops", "#marketing"], rule.Actions[1].Channels);
        Assert.Equal(AlertSeverity.Error, rule.Actions[1].Severity);
        Assert.Equal((null, null, 10L), (rule.Guards!.MinSpend, rule.Guards.MinImpressions, rule.Guards.MinConversions));
        Assert.Equal("6h", rule.Cooldown);
    }

    [Fact]
    public void WithoutMinimumsNoGuardsAreSentAndABlankCooldownLeavesTheApisDefault()
    {
        var draft = RuleDraft.New();
        draft.Cooldown = "  ";

        var rule = draft.ToDefinition();

        Assert.Null(rule.Guards);
        Assert.Null(rule.Cooldown);
        Assert.Null(rule.Description);
    }

    [Fact]
    public void AStoredRuleLoadsIntoTheFormAndSavesBackUnchanged()
    {
        var stored = new RuleDefinition
        {
            Name = "Creative fatigue",
            Description = "CTR fell while impressions rose",
            Scope = new RuleScope { Level = RuleLevel.Creative, CreativeIds = ["77", "78"], Statuses = ["active"] },
            Match = RuleMatch.Any,
            Conditions =
            [
                new RuleCondition { Metric = RuleMetric.Ctr, Window = "7d", Comparator = RuleComparator.Lte, Change = -0.3 },
                new RuleCondition { Metric = RuleMetric.Cpa, Window = "3d", Comparator = RuleComparator.Gt, Threshold = 40, Confidence = 0.9 },
            ],
            Actions = [new RuleAction { Type = RuleActionType.Tag, Tag = "creative-fatigue" }, new RuleAction { Type = RuleActionType.Notify, Channels = ["ops"], Severity = AlertSeverity.Warning }],
            Guards = new RuleGuards { MinImpressions = 10_000 },
            Cooldown = "24h",
            Enabled = false,
            DryRun = true,
        };

        var draft = RuleDraft.From(stored);
        var saved = draft.ToDefinition();

        Assert.Equal(ConditionTarget.Change, draft.Conditions[0].Against);
        Assert.Equal("77, 78", draft.CreativeIds);
        Assert.Equal((false, true), (draft.Enabled, draft.DryRun));
        Assert.Equal(Describe(stored), Describe(saved));
    }

    /// <summary>Every field of a rule in one line, so two rules compare field by field.</summary>
    private static string Describe(RuleDefinition rule) => string.Join(" | ",
        rule.Name, rule.Description, rule.Match, rule.Cooldown, rule.Enabled, rule.DryRun,
        rule.Scope?.Level, string.Join(",", rule.Scope?.CreativeIds ?? []), string.Join(",", rule.Scope?.Statuses ?? []), rule.Scope?.Platforms is null,
        string.Join(";", rule.Conditions!.Select(c => $"{c.Metric} {c.Window} {c.Comparator} {c.Threshold} {c.Change} {c.Confidence}")),
        string.Join(";", rule.Actions!.Select(a => $"{a.Type} {a.Amount} {a.Percent} {a.Min} {a.Max} {string.Join(",", a.Channels ?? [])} {a.Severity} {a.Tag}")),
        rule.Guards?.MinSpend, rule.Guards?.MinImpressions, rule.Guards?.MinConversions);
}
