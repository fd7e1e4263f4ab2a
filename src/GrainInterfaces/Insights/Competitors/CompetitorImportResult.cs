namespace GrainMarketing.Insights.Competitors;

/// <summary>What an import stored: the period (replacing an earlier import of the same dates when <paramref name="Replaced"/>) and the jumps it showed.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CompetitorImportResult")]
public sealed record CompetitorImportResult(
    [property: Id(0)] ImportedPeriod Imported,
    [property: Id(1)] bool Replaced,
    [property: Id(2)] IReadOnlyList<CompetitorJump> Jumps);
