namespace GrainMarketing.Automation;

/// <summary>Which targets a rule judges: every list narrows it (an empty list does not), and a target must pass all of them.</summary>
/// <remarks><see cref="CampaignNamePattern"/> is a glob (<c>*</c> and <c>?</c>), case-insensitive.</remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RuleScope")]
public sealed record RuleScope(
    [property: Id(0)] RuleLevel Level = RuleLevel.Campaign,
    [property: Id(1)] IReadOnlyList<string>? Platforms = null,
    [property: Id(2)] IReadOnlyList<string>? CampaignIds = null,
    [property: Id(3)] string? CampaignNamePattern = null,
    [property: Id(4)] IReadOnlyList<string>? Statuses = null,
    [property: Id(5)] IReadOnlyList<string>? AdSetIds = null,
    [property: Id(6)] IReadOnlyList<string>? CreativeIds = null,
    [property: Id(7)] IReadOnlyList<string>? Segments = null);
