namespace GrainMarketing.Connectors.WriteBack;

/// <summary>A daily budget (major units of the account's currency) in each platform's form; every rounding is half away from zero.</summary>
/// <remarks>
/// Meta counts budgets in the currency's "offset" units: 100 per unit for most currencies, 1 for those Meta's currency
/// table lists without cents (<see cref="MetaOffsetOne"/>, developers.facebook.com/docs/marketing-api/currencies).
/// Google wants <c>amountMicros</c> a multiple of the currency's billable unit: 10,000 micros (a cent) for currencies
/// with cents, 1,000,000 for those without (Google's <c>currency_constant.billable_unit_micros</c>; the ISO list of
/// currencies without minor units is used here, unsure for the rarer ones). Snapchat's micro-currency is rounded the
/// same way (its API refuses fractions of a cent). TikTok takes major units with at most two decimals.
/// </remarks>
public static class PlatformMoney
{
    /// <summary>The currencies Meta counts in whole units (offset 1).</summary>
    public static readonly IReadOnlySet<string> MetaOffsetOne = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "CLP", "COP", "CRC", "HUF", "ISK", "IDR", "JPY", "KRW", "PYG", "TWD", "VND",
    };

    /// <summary>ISO 4217 currencies without minor units (those an ad platform may bill in).</summary>
    public static readonly IReadOnlySet<string> NoMinorUnits = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV", "XAF", "XOF", "XPF",
    };

    /// <summary>Meta's <c>daily_budget</c>: the amount times the currency's offset, a whole number.</summary>
    public static long MetaMinor(decimal amount, string? currency) =>
        (long)Math.Round(amount * (MetaOffsetOne.Contains(currency ?? "") ? 1 : 100), MidpointRounding.AwayFromZero);

    /// <summary>The amount back from Meta's form.</summary>
    public static decimal FromMetaMinor(long minor, string? currency) => minor / (MetaOffsetOne.Contains(currency ?? "") ? 1m : 100m);

    /// <summary>Micros rounded to the currency's billable unit (Google's <c>amountMicros</c>, Snapchat's <c>daily_budget_micro</c>).</summary>
    public static long Micros(decimal amount, string? currency)
    {
        var unit = BillableUnitMicros(currency);
        return (long)Math.Round(amount * 1_000_000m / unit, MidpointRounding.AwayFromZero) * unit;
    }

    public static long BillableUnitMicros(string? currency) => NoMinorUnits.Contains(currency ?? "") ? 1_000_000 : 10_000;

    /// <summary>TikTok's <c>budget</c>: major units, two decimals (none for currencies without minor units).</summary>
    public static decimal TikTokMajor(decimal amount, string? currency) =>
        Math.Round(amount, NoMinorUnits.Contains(currency ?? "") ? 0 : 2, MidpointRounding.AwayFromZero);
}
