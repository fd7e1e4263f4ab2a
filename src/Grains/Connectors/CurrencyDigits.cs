namespace GrainMarketing.Connectors;

/// <summary>How many minor-unit digits a currency has (ISO 4217): 2 for most, 0 for the yen and others, 3 for the dinars.</summary>
public static class CurrencyDigits
{
    private static readonly HashSet<string> None =
        ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"];

    private static readonly HashSet<string> Three = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];

    public static int Of(string? currency) =>
        currency?.ToUpperInvariant() switch
        {
            { } code when None.Contains(code) => 0,
            { } code when Three.Contains(code) => 3,
            _ => 2,
        };

    /// <summary>An amount in minor units (Meta's budgets, "5000" for 50.00 USD) in major units.</summary>
    public static decimal FromMinor(long minor, string? currency) => minor / Pow10(Of(currency));

    /// <summary>A major-unit amount in minor units, rounded half away from zero.</summary>
    public static long ToMinor(decimal major, string? currency) => (long)decimal.Round(major * Pow10(Of(currency)), MidpointRounding.AwayFromZero);

    private static decimal Pow10(int digits) => digits switch { 0 => 1m, 3 => 1000m, _ => 100m };
}
