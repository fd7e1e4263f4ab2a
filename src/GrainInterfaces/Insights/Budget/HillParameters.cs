namespace GrainMarketing.Insights.Budget;

/// <summary>One fitted response curve: a Hill curve of adstocked daily spend, with the adstock's carry-over rate.</summary>
/// <param name="Max">The daily outcome the curve saturates at (an average weekday).</param>
/// <param name="HalfSaturation">The daily spend at which the curve gives half of <paramref name="Max"/>.</param>
/// <param name="Shape">The Hill exponent: below 1 returns diminish from the first unit, above 1 the curve is S-shaped.</param>
/// <param name="CarryOver">The share of a day's adstocked spend that carries into the next day (0 = none).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Budget.HillParameters")]
public sealed record HillParameters(
    [property: Id(0)] double Max,
    [property: Id(1)] double HalfSaturation,
    [property: Id(2)] double Shape,
    [property: Id(3)] double CarryOver)
{
    /// <summary>The expected daily outcome when spend is held at <paramref name="spend"/> a day (adstock at its steady state).</summary>
    public double Value(double spend) => spend <= 0 ? 0 : Max / (1 + Math.Pow(HalfSaturation / spend, Shape));

    /// <summary>The outcome the next unit of spend buys at <paramref name="spend"/> a day (the curve's slope).</summary>
    public double Marginal(double spend)
    {
        var at = Math.Max(spend, HalfSaturation * 1e-6);
        var ratio = Math.Pow(HalfSaturation / at, Shape);
        return Max * Shape * ratio / (at * (1 + ratio) * (1 + ratio));
    }
}
