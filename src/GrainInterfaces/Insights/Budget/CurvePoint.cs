namespace GrainMarketing.Insights.Budget;

/// <summary>One point of a response curve: the expected daily outcome with its 80% band when daily spend is held at <see cref="Spend"/>.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Budget.CurvePoint")]
public sealed record CurvePoint(
    [property: Id(0)] double Spend,
    [property: Id(1)] Estimate Expected);
