using System.Text.Json.Serialization;

namespace GrainMarketing.Automation;

/// <summary>What a rule's simulated firings would have changed for one target, or for all when <see cref="Target"/> is null.</summary>
/// <remarks>
/// What a rule's simulated firings would have changed for one target, or for all of them when
/// <see cref="Target"/> is null: spend, conversions and value forgone while its pauses held, and the
/// estimated change its budget changes made (negative = less), in the tenant's currency.
/// </remarks>
/// <param name="Firings">How many times the rule fired for the target.</param>
/// <param name="SpendSaved">The actual spend of the days a simulated pause held.</param>
/// <param name="SpendAdded">An estimate: the actual spend of each day scaled by the simulated budget over the actual one, less the actual spend.</param>
/// <param name="ConversionsAdded">An estimate, scaled like <see cref="SpendAdded"/>.</param>
/// <param name="ValueAdded">An estimate, scaled like <see cref="SpendAdded"/>.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.BacktestEffects")]
public sealed record BacktestEffects(
    [property: Id(0), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Target,
    [property: Id(1)] int Firings,
    [property: Id(2)] decimal SpendSaved,
    [property: Id(3)] decimal ConversionsForgone,
    [property: Id(4)] decimal ValueForgone,
    [property: Id(5)] decimal SpendAdded,
    [property: Id(6)] decimal ConversionsAdded,
    [property: Id(7)] decimal ValueAdded)
{
    /// <summary>The effects of all <paramref name="targets"/> together, without a target.</summary>
    public static BacktestEffects Total(IEnumerable<BacktestEffects> targets) =>
        targets.Aggregate(new BacktestEffects(null, 0, 0, 0, 0, 0, 0, 0), (sum, t) => new BacktestEffects(
            null,
            sum.Firings + t.Firings,
            sum.SpendSaved + t.SpendSaved,
            sum.ConversionsForgone + t.ConversionsForgone,
            sum.ValueForgone + t.ValueForgone,
            sum.SpendAdded + t.SpendAdded,
            sum.ConversionsAdded + t.ConversionsAdded,
            sum.ValueAdded + t.ValueAdded));
}
