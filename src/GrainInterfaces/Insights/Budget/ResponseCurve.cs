using System.Text.Json.Serialization;

namespace GrainMarketing.Insights.Budget;

/// <summary>A campaign's fitted response of one outcome to daily spend, with how sure the fit is.</summary>
/// <param name="AtCurrentSpend">The expected daily outcome at the campaign's current daily spend.</param>
/// <param name="Marginal">The outcome the next unit of spend buys at the current daily spend.</param>
/// <param name="Fitted">The point estimate the optimiser plans on.</param>
/// <param name="Draws">The bootstrap refits the intervals come from, in draw order (paired across campaigns by index).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Budget.ResponseCurve")]
public sealed record ResponseCurve(
    [property: Id(0)] BudgetObjective Outcome,
    [property: Id(1)] CurveParameters Parameters,
    [property: Id(2)] FitQuality Quality,
    [property: Id(3)] IReadOnlyList<CurvePoint> Points,
    [property: Id(4)] Estimate AtCurrentSpend,
    [property: Id(5)] Estimate Marginal,
    [property: Id(6), JsonIgnore] HillParameters Fitted,
    [property: Id(7), JsonIgnore] IReadOnlyList<HillParameters> Draws);
