using GrainMarketing.Automation;

namespace GrainMarketing.Alerts;

/// <summary>Something a tenant's people should hear about: a rule that fired, a decision that restated numbers reversed, a firing they missed, a channel test.</summary>
/// <remarks>
/// <see cref="DedupKey"/> names "the same alert": a second one with that key within the tenant's
/// de-duplication window is recorded as suppressed, not sent.
/// </remarks>
/// <param name="Kind">What raised it: <c>rule.fired</c>, <c>rule.reversed</c>, <c>rule.missed</c>, <c>channel.test</c>.</param>
/// <param name="Channels">Channel names to send to (each still filtered by its severity routing); null routes by severity alone.</param>
/// <param name="Target">The campaign, ad set, creative or segment concerned, as its key.</param>
/// <param name="Fields">Short named facts shown with the text (values, thresholds, actions taken).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Alert")]
public sealed record Alert(
    [property: Id(0)] string Kind,
    [property: Id(1)] AlertSeverity Severity,
    [property: Id(2)] string Title,
    [property: Id(3)] string Text,
    [property: Id(4)] string DedupKey,
    [property: Id(5)] DateTimeOffset OccurredAt,
    [property: Id(6)] IReadOnlyList<string>? Channels = null,
    [property: Id(7)] Guid? RuleId = null,
    [property: Id(8)] string? Target = null,
    [property: Id(9)] IReadOnlyDictionary<string, string>? Fields = null);
