namespace GrainMarketing.Currencies;

/// <summary>The rates an answer may convert with: into <see cref="Currency"/>, for the days asked and the few before them.</summary>
/// <remarks>
/// The rate for a day is the one dated that day, or else the newest within <see cref="CarryDays"/> before it: reference rates
/// are published on working days only (the ECB's on TARGET days), so a weekend or a holiday takes the last working day's
/// rate. A day with no rate that near has none, and its money is flagged, never added.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RateBook")]
public sealed record RateBook([property: Id(0)] string Currency, [property: Id(1)] IReadOnlyList<ExchangeRate> Rates)
{
    /// <summary>How many days a rate holds after its own when no newer one is published: Good Friday to Easter Monday is the longest gap.</summary>
    public const int CarryDays = 4;

    /// <summary>The rate for <paramref name="currency"/> on <paramref name="date"/>, or null when the book has none near enough.</summary>
    public ExchangeRate? Find(string currency, DateOnly date)
    {
        ExchangeRate? found = null;
        foreach (var rate in Rates)
        {
            if (rate.Currency == currency && rate.Date <= date && rate.Date.DayNumber >= date.DayNumber - CarryDays
                && (found is null || rate.Date > found.Date))
            {
                found = rate;
            }
        }

        return found;
    }
}
