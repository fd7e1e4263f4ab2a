namespace GrainMarketing.Insights.Audience;

/// <summary>The intervals and tests behind an audience insight, named so a reader can check them.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AudienceMethods")]
public sealed record AudienceMethods(
    [property: Id(0)] string CpaInterval,
    [property: Id(1)] string RoasInterval,
    [property: Id(2)] string CpaTest,
    [property: Id(3)] string RoasTest,
    [property: Id(4)] string SaturationTest);
