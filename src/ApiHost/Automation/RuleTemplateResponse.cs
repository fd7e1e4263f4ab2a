namespace GrainMarketing.ApiHost.Automation;

/// <summary>A built-in rule template as the API lists it.</summary>
public sealed record RuleTemplateResponse(string Id, string Title, string Description, IReadOnlyList<string> Required);
