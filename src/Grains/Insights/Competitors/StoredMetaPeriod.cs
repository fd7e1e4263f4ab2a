namespace GrainMarketing.Insights.Competitors;

/// <summary>One imported Meta Ad Library period as its grain keeps it: what was imported, and its advertisers.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.StoredMetaPeriod")]
public sealed record StoredMetaPeriod(
    [property: Id(0)] MetaImportedPeriod Imported,
    [property: Id(1)] IReadOnlyList<MetaAdvertiserRow> Rows);
