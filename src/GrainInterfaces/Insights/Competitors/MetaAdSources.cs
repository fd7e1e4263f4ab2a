namespace GrainMarketing.Insights.Competitors;

/// <summary>The two Meta Ad Library formats imported, each kept as its own series (their figures do not mean the same thing), and the grain key of each.</summary>
public static class MetaAdSources
{
    /// <summary>The Ad Library Report's advertisers CSV: per Page, the spend and number of ads in the report's period.</summary>
    public const string Report = "report";

    /// <summary>Saved <c>ads_archive</c> answers of the Ad Library API: one line per ad, summed per Page over the period.</summary>
    public const string Api = "api";

    public static readonly IReadOnlyList<string> All = [Report, Api];

    /// <summary>The grain key: <c>tenant/report</c> or <c>tenant/api</c>.</summary>
    public static string Key(string tenant, string source) => $"{tenant}/{source}";

    /// <summary>The tenant and source of a key made by <see cref="Key"/>.</summary>
    public static (string Tenant, string Source) Parse(string key)
    {
        var cut = key.LastIndexOf('/');
        return (key[..cut], key[(cut + 1)..]);
    }
}
