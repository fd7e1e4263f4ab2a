namespace GrainMarketing.Automation;

/// <summary>A built-in rule a tenant can instantiate: its id, what it does, and the parameters it needs.</summary>
public sealed record RuleTemplate(string Id, string Title, string Description, IReadOnlyList<string> Required, Func<RuleTemplateParameters, RuleDefinition> Build);
