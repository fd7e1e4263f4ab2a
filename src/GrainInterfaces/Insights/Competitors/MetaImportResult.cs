namespace GrainMarketing.Insights.Competitors;

/// <summary>What a Meta Ad Library import stored (replacing an import of the same dates when <paramref name="Replaced"/>) and the jumps it showed.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetaImportResult")]
public sealed record MetaImportResult(
    [property: Id(0)] MetaImportedPeriod Imported,
    [property: Id(1)] bool Replaced,
    [property: Id(2)] IReadOnlyList<MetaAdJump> Jumps,
    [property: Id(3)] string Source);
