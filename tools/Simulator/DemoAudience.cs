namespace GrainMarketing.Simulator;

/// <summary>
/// Who the demo's ads reach: age bands, genders and countries with their shares of the traffic, and how well each
/// age × gender segment converts against the average, the same in the history and the live traffic.
/// </summary>
/// <remarks>
/// Every segment converts within a few percent of the others (fixed draws, log-normal with sd 0.04) except
/// <see cref="Strong"/>, which converts exactly <see cref="StrongRatio"/> times as well per unit of spend as the
/// traffic-weighted rest: the segment the recommendations should say to target. The rates are scaled so that their
/// traffic-weighted mean is 1, so a campaign's cost per conversion is what its kind says whoever it reaches.
/// </remarks>
public static class DemoAudience
{
    public const double StrongRatio = 2;

    public static readonly (string Age, string Gender) Strong = ("25-34", "female");

    public static readonly IReadOnlyList<(string Age, double Weight)> Ages =
        [("18-24", 0.18), ("25-34", 0.30), ("35-44", 0.22), ("45-54", 0.15), ("55-64", 0.10), ("65+", 0.05)];

    public static readonly IReadOnlyList<string> Genders = ["female", "male"];

    public static readonly IReadOnlyList<(string Country, double Weight)> Countries =
        [("US", 0.40), ("DE", 0.15), ("GB", 0.15), ("FR", 0.10), ("BR", 0.10), ("IN", 0.10)];

    /// <summary>Every age × gender segment with its share of the traffic (genders even), in a fixed order.</summary>
    public static readonly IReadOnlyList<(string Age, string Gender, double Share)> Segments =
        [.. Ages.SelectMany(a => Genders.Select(g => (Age: a.Age, Gender: g, Share: a.Weight / Genders.Count)))];

    private static readonly Dictionary<(string Age, string Gender), double> Rates = DrawRates();

    /// <summary>How many times the average a segment converts per unit of spend.</summary>
    public static double ConversionRate(string age, string gender) => Rates[(age, gender)];

    private static Dictionary<(string, string), double> DrawRates()
    {
        var random = new Random(2018);
        var noise = Segments.Select(_ => Math.Exp(0.04 * StandardNormal.Draw(random))).ToArray();
        var rest = Segments.Select((s, i) => (s, i)).Where(x => (x.s.Age, x.s.Gender) != Strong).ToList();
        var restMean = rest.Sum(x => x.s.Share * noise[x.i]) / rest.Sum(x => x.s.Share);
        var raw = Segments.Select((s, i) => (s.Age, s.Gender) == Strong ? StrongRatio * restMean : noise[i]).ToArray();
        var mean = Segments.Select((s, i) => s.Share * raw[i]).Sum();
        return Segments.Select((s, i) => (Key: (s.Age, s.Gender), Rate: raw[i] / mean)).ToDictionary(x => x.Key, x => x.Rate);
    }
}
