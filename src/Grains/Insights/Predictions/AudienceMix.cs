namespace GrainMarketing.Insights.Predictions;

/// <summary>Who a campaign reached: per dimension, each value's share of the impressions (shares of a reported dimension sum to 1; an unreported dimension is empty).</summary>
public sealed record AudienceMix(
    IReadOnlyDictionary<string, double> Ages,
    IReadOnlyDictionary<string, double> Genders,
    IReadOnlyDictionary<string, double> Countries,
    IReadOnlyDictionary<string, double> Interests)
{
    public static readonly AudienceMix Unreported = new(
        new Dictionary<string, double>(), new Dictionary<string, double>(), new Dictionary<string, double>(), new Dictionary<string, double>());

    /// <summary>A planned audience as shares: each listed value an equal share; an unlisted dimension left empty.</summary>
    public static AudienceMix FromPlan(PlannedAudience audience) => new(
        EqualShares(audience.AgeBands), EqualShares(audience.Genders), EqualShares(audience.Countries), EqualShares(audience.Interests));

    /// <summary>Each distinct value of <paramref name="values"/> an equal share.</summary>
    public static IReadOnlyDictionary<string, double> EqualShares(IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToList();
        return distinct.ToDictionary(value => value, _ => 1.0 / distinct.Count, StringComparer.Ordinal);
    }

    /// <summary>Amounts per value turned into shares of their sum; empty when nothing was counted.</summary>
    public static IReadOnlyDictionary<string, double> Shares(IEnumerable<KeyValuePair<string, double>> amounts)
    {
        var list = amounts.Where(amount => amount.Value > 0).ToList();
        var sum = list.Sum(amount => amount.Value);
        return sum <= 0
            ? new Dictionary<string, double>()
            : list.GroupBy(amount => amount.Key, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Sum(amount => amount.Value) / sum, StringComparer.Ordinal);
    }
}
