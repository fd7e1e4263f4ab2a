using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Currencies;

/// <summary>Converts the money of numbers kept per currency and day into the tenant's currency, each day with that day's rate.</summary>
/// <remarks>
/// Spend and conversion value are money; counts are not and pass as they are. Each day of a currency is converted
/// alone and rounded to the cent (two decimals, halves away from zero), so a total is the sum of its days as a person
/// would add them. A day without a rate (<see cref="RateBook.Find"/>) is left out whole, counts and money alike, so the
/// KPIs of the converted totals stay consistent, and is listed in <see cref="Conversion.Unconverted"/>.
/// </remarks>
public static class MoneyConversion
{
    public const int Decimals = 2;

    /// <summary>The totals with their money multiplied by <paramref name="rate"/> and rounded to the cent.</summary>
    public static MetricTotals Apply(MetricTotals totals, decimal rate) => totals with
    {
        Spend = decimal.Round(totals.Spend * rate, Decimals, MidpointRounding.AwayFromZero),
        ConversionValue = decimal.Round(totals.ConversionValue * rate, Decimals, MidpointRounding.AwayFromZero),
    };

    /// <summary><paramref name="own"/> (already in the book's currency) plus every slice converted, with the rates used and what had none.</summary>
    public static (MetricTotals Totals, Conversion Conversion) Convert(MetricTotals own, IEnumerable<CurrencySlice> slices, RateBook rates)
    {
        var totals = own;
        var used = new HashSet<ExchangeRate>();
        var missing = new SortedDictionary<string, (SortedSet<DateOnly> Days, MetricTotals Totals)>(StringComparer.Ordinal);
        foreach (var slice in slices)
        {
            if (slice.Currency == rates.Currency)
            {
                totals += slice.Totals;
            }
            else if (rates.Find(slice.Currency, slice.Date) is { } rate)
            {
                totals += Apply(slice.Totals, rate.Rate);
                used.Add(rate);
            }
            else
            {
                var held = missing.GetValueOrDefault(slice.Currency, ([], MetricTotals.Zero));
                held.Days.Add(slice.Date);
                missing[slice.Currency] = (held.Days, held.Totals + slice.Totals);
            }
        }

        return (totals, new Conversion(
            rates.Currency,
            [.. used.OrderBy(r => r.Currency, StringComparer.Ordinal).ThenBy(r => r.Date)],
            [.. missing.Select(m => new UnconvertedMoney(m.Key, [.. m.Value.Days], m.Value.Totals))]));
    }

    /// <summary>Per day, <paramref name="own"/> plus the slices of that day converted; the money of a day without a rate is listed, not added.</summary>
    /// <param name="rates">The book for the slices' currencies; null only when there are none (<see cref="RateBooks.ForAsync"/>).</param>
    public static ConvertedDays ConvertDays(IEnumerable<DayTotals> own, IEnumerable<CurrencySlice> slices, RateBook? rates)
    {
        var days = own.GroupBy(d => d.Date).ToDictionary(d => d.Key, d => d.Aggregate(MetricTotals.Zero, (sum, x) => sum + x.Totals));
        var unconverted = new List<UnconvertedMoney>();
        foreach (var slice in slices)
        {
            var (totals, conversion) = Convert(MetricTotals.Zero, [slice], rates ?? new RateBook(string.Empty, []));
            if (conversion.Unconverted.Count == 0)
            {
                days[slice.Date] = days.GetValueOrDefault(slice.Date) + totals;
            }

            unconverted.AddRange(conversion.Unconverted);
        }

        return new ConvertedDays(
            [.. days.OrderBy(d => d.Key).Select(d => new DayTotals(d.Key, d.Value))],
            Merge(unconverted));
    }

    /// <summary>One conversion of several parts of an answer (its platforms): every rate any part used, and what none could convert, per currency.</summary>
    public static Conversion Merge(string currency, IEnumerable<Conversion> parts)
    {
        var list = parts.ToList();
        return new Conversion(
            currency,
            [.. list.SelectMany(p => p.Rates).Distinct().OrderBy(r => r.Currency, StringComparer.Ordinal).ThenBy(r => r.Date)],
            Merge(list.SelectMany(p => p.Unconverted)));
    }

    /// <summary>Several parts' unconverted money as one list: per currency, every day any part lists and the parts' totals added.</summary>
    public static IReadOnlyList<UnconvertedMoney> Merge(IEnumerable<UnconvertedMoney> parts) =>
        [.. parts.GroupBy(u => u.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new UnconvertedMoney(g.Key, [.. g.SelectMany(u => u.Days).Distinct().Order()], g.Aggregate(MetricTotals.Zero, (sum, u) => sum + u.Totals)))];
}
