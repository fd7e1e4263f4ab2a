namespace GrainMarketing.Automation;

/// <summary>What a template asks for; each template names the ones it needs (<see cref="RuleTemplates"/>).</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RuleTemplateParameters")]
public sealed record RuleTemplateParameters(
    [property: Id(0)] string? Name = null,
    [property: Id(1)] decimal? Threshold = null,
    [property: Id(2)] decimal? MinSpend = null,
    [property: Id(3)] decimal? MaxBudget = null,
    [property: Id(4)] decimal? Percent = null,
    [property: Id(5)] IReadOnlyList<string>? Channels = null,
    [property: Id(6)] bool DryRun = false);
