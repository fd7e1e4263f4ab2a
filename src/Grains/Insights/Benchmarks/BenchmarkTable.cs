using System.Globalization;
using System.Text.Json;
using GrainMarketing.Metrics;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Insights.Benchmarks;

/// <summary>The published industry benchmarks, loaded once and checked whole: an unknown industry, source, platform or metric in a row stops the silo at start.</summary>
public sealed class BenchmarkTable
{
    /// <summary>The industry id of a source's figure across all industries.</summary>
    public const string AllIndustries = "all";

    /// <summary>The KPIs a table may hold, with whether lower is better.</summary>
    public static readonly IReadOnlyDictionary<string, bool> Metrics = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        ["ctr"] = false,
        ["cpc"] = true,
        ["cvr"] = false,
        ["cpa"] = true,
    };

    private const string ShippedResource = "GrainMarketing.Insights.Benchmarks.industry-benchmarks.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Dictionary<(string Industry, AdPlatform Platform, string Metric), List<BenchmarkFigure>> _figures;

    private BenchmarkTable(BenchmarkCatalog catalog, Dictionary<(string, AdPlatform, string), List<BenchmarkFigure>> figures)
    {
        Catalog = catalog;
        _figures = figures;
    }

    public BenchmarkCatalog Catalog { get; }

    /// <summary>The table configured by <paramref name="options"/>: the file at its path, else the shipped one.</summary>
    public static BenchmarkTable From(IOptions<BenchmarkOptions> options)
    {
        var path = options.Value.TablePath;
        using var stream = string.IsNullOrWhiteSpace(path)
            ? typeof(BenchmarkTable).Assembly.GetManifestResourceStream(ShippedResource)
                ?? throw new InvalidOperationException($"The shipped benchmark table {ShippedResource} is missing from the assembly.")
            : File.OpenRead(path);
        return Load(stream, path ?? ShippedResource);
    }

    /// <summary>Reads and checks a table; <paramref name="name"/> names it in the error of a bad row.</summary>
    public static BenchmarkTable Load(Stream json, string name)
    {
        var file = JsonSerializer.Deserialize<BenchmarkTableFile>(json, Json) ?? throw Bad(name, "the file is empty");
        var industries = (file.Industries ?? []).Select((i, n) => (Id: i.Id ?? throw Bad(name, $"industry {n} has no id"), Name: i.Name ?? i.Id)).ToList();
        var known = industries.Select(i => i.Id).Append(AllIndustries).ToHashSet(StringComparer.Ordinal);
        var sources = (file.Sources ?? []).ToDictionary(
            s => s.Id ?? throw Bad(name, "a source has no id"),
            s => new BenchmarkSource(s.Id!, s.Title ?? throw Bad(name, $"source {s.Id} has no title"),
                s.Url ?? throw Bad(name, $"source {s.Id} has no url"), s.Published ?? throw Bad(name, $"source {s.Id} has no publication date")),
            StringComparer.Ordinal);
        var figures = new Dictionary<(string, AdPlatform, string), List<BenchmarkFigure>>();
        foreach (var (row, n) in (file.Rows ?? []).Select((row, n) => (row, n)))
        {
            var key = (Industry(row, known, name, n), Platform(row, name, n), Metric(row, name, n));
            var source = row.Source is not null && sources.TryGetValue(row.Source, out var found) ? found : throw Bad(name, $"row {n} names no known source");
            var figure = Figure(row, source, name, n);
            if (!figures.TryGetValue(key, out var list))
            {
                figures[key] = list = [];
            }

            list.Add(figure);
        }

        var catalog = new BenchmarkCatalog(
            file.Compiled ?? "",
            file.Currency ?? "USD",
            [.. industries.Select(i => new BenchmarkIndustry(i.Id, i.Name, Covered(figures, i.Id)))],
            [.. sources.Values]);
        return new BenchmarkTable(catalog, figures);
    }

    public bool IsIndustry(string id) => id != AllIndustries && Catalog.Industries.Any(i => i.Id == id);

    public string IndustryName(string id) => Catalog.Industries.FirstOrDefault(i => i.Id == id)?.Name ?? id;

    /// <summary>Every figure for the industry's KPI on the platform, newest source first (publication dates compare as text: 2024-10-09 after 2024 after 2021-10-13).</summary>
    public IReadOnlyList<BenchmarkFigure> Figures(string industry, AdPlatform platform, string metric) =>
        _figures.TryGetValue((industry, platform, metric), out var list)
            ? [.. list.OrderByDescending(f => f.Source.Published, StringComparer.Ordinal).ThenBy(f => f.Percentile ?? 0)]
            : [];

    /// <summary>Whether the table has any figure for the platform, in any industry.</summary>
    public bool Covers(AdPlatform platform) => _figures.Keys.Any(k => k.Platform == platform);

    private static List<string> Covered(Dictionary<(string, AdPlatform, string), List<BenchmarkFigure>> figures, string industry) =>
        [.. figures.Keys.Where(k => k.Item1 == industry).Select(k => $"{k.Item2.ToString().ToLowerInvariant()}/{k.Item3}").Order(StringComparer.Ordinal)];

    private static string Industry(BenchmarkTableFile.Row row, HashSet<string> known, string name, int n) =>
        row.Industry is not null && known.Contains(row.Industry) ? row.Industry : throw Bad(name, $"row {n} names no known industry");

    private static AdPlatform Platform(BenchmarkTableFile.Row row, string name, int n) =>
        Enum.TryParse<AdPlatform>(row.Platform, ignoreCase: true, out var platform) && !int.TryParse(row.Platform, out _)
            ? platform
            : throw Bad(name, $"row {n} names no known platform");

    private static string Metric(BenchmarkTableFile.Row row, string name, int n) =>
        row.Metric is not null && Metrics.ContainsKey(row.Metric) ? row.Metric : throw Bad(name, $"row {n}: metric must be ctr, cpc, cvr or cpa");

    private static BenchmarkFigure Figure(BenchmarkTableFile.Row row, BenchmarkSource source, string name, int n)
    {
        if (row.Value is not > 0m)
        {
            throw Bad(name, $"row {n} has no positive value");
        }

        // Rates are published in percent; the API's KPIs are ratios.
        var value = row.Metric is "ctr" or "cvr" ? row.Value.Value / 100m : row.Value.Value;
        return row.Statistic switch
        {
            "average" => new BenchmarkFigure("average", null, value, source),
            "median" => new BenchmarkFigure("median", 50, value, source),
            "percentile" when row.Percentile is >= 1 and <= 99 => new BenchmarkFigure(
                row.Percentile == 50 ? "median" : "percentile", row.Percentile, value, source),
            _ => throw Bad(name, $"row {n}: statistic must be average, median or percentile with a percentile from 1 to 99"),
        };
    }

    private static InvalidOperationException Bad(string name, string reason) =>
        new(string.Create(CultureInfo.InvariantCulture, $"Benchmark table {name}: {reason}."));
}
