namespace GrainMarketing.Insights.Predictions;

/// <summary>Campaign-days whose rates follow known rules, for the models' tests and the training benchmark (a fixed seed gives the same days).</summary>
/// <remarks>
/// Each campaign has one platform, objective, creative format, age band, gender, country and interest and a
/// daily budget it spends 70-105% of. Cost per thousand impressions depends on the platform and age band,
/// click-through on the format and objective, conversions per click on the objective, age band and country,
/// and value per conversion on the country; each campaign has its own hidden quality and each day its own
/// noise. A model that learns these rules beats the tenant's average rate; the average rate cannot.
/// </remarks>
public sealed class GeneratedCampaignDays(int seed)
{
    public static readonly IReadOnlyList<string> Platforms = ["meta", "google", "tiktok"];
    public static readonly IReadOnlyList<string> Objectives = ["conversions", "traffic", "awareness"];
    public static readonly IReadOnlyList<string> Formats = ["image", "video", "carousel"];
    public static readonly IReadOnlyList<string> AgeBands = ["18-24", "25-34", "35-44", "45-54"];
    public static readonly IReadOnlyList<string> Genders = ["female", "male"];
    public static readonly IReadOnlyList<string> Countries = ["DE", "FR", "US", "GB"];
    public static readonly IReadOnlyList<string> Interests = ["fitness", "travel", "cooking", "gaming", "fashion"];

    private static readonly double[] PlatformCpm = [8, 12, 5];
    private static readonly double[] AgeCpm = [0.8, 1.0, 1.2, 1.4];
    private static readonly double[] FormatCtr = [0.010, 0.016, 0.013];
    private static readonly double[] ObjectiveCtr = [1.0, 1.4, 0.5];
    private static readonly double[] ObjectiveCvr = [0.06, 0.025, 0.01];
    private static readonly double[] AgeCvr = [0.6, 1.0, 1.3, 1.1];
    private static readonly double[] CountryCvr = [1.0, 0.8, 1.3, 1.1];
    private static readonly double[] CountryValue = [45, 40, 60, 55];

    /// <summary>The plan of campaign <paramref name="number"/>: its fixed attributes, drawn from the seed.</summary>
    public GeneratedCampaign Campaign(int number)
    {
        var random = new Random(unchecked((seed * 1_000_003) + number));
        var platform = random.Next(Platforms.Count);
        return new GeneratedCampaign(
            $"{Platforms[platform]}:gen-{number}",
            platform, random.Next(Objectives.Count), random.Next(Formats.Count), random.Next(AgeBands.Count),
            random.Next(Genders.Count), random.Next(Countries.Count), random.Next(Interests.Count),
            Math.Round(20 + (random.NextDouble() * 480), 2), Math.Exp(0.3 * Normal(random)));
    }

    /// <summary><paramref name="campaigns"/> campaigns over <paramref name="days"/> days ending on <paramref name="last"/>.</summary>
    public IReadOnlyList<CampaignDay> Days(int campaigns, int days, DateOnly last)
    {
        var rows = new List<CampaignDay>(campaigns * days);
        for (var number = 0; number < campaigns; number++)
        {
            var campaign = Campaign(number);
            var random = new Random(unchecked((seed * 1_000_003) + number + (days * 7_919) + 104_729));
            for (var day = 0; day < days; day++)
            {
                rows.Add(Day(campaign, last.AddDays(day - days + 1), random));
            }
        }

        return rows;
    }

    private static CampaignDay Day(GeneratedCampaign campaign, DateOnly date, Random random)
    {
        var spend = Math.Round(campaign.DailyBudget * (0.7 + (0.35 * random.NextDouble())), 2);
        var cpm = PlatformCpm[campaign.Platform] * AgeCpm[campaign.AgeBand] * Math.Exp(0.1 * Normal(random));
        var impressions = Math.Round(spend / cpm * 1000);
        var ctr = FormatCtr[campaign.Format] * ObjectiveCtr[campaign.Objective] * campaign.Quality;
        var clicks = Counted(impressions * ctr, random);
        var cvr = ObjectiveCvr[campaign.Objective] * AgeCvr[campaign.AgeBand] * CountryCvr[campaign.Country] * campaign.Quality;
        var conversions = Counted(clicks * cvr, random);
        var value = Math.Round(conversions * CountryValue[campaign.Country] * Math.Exp(0.2 * Normal(random)), 2);
        var audience = new AudienceMix(
            One(AgeBands[campaign.AgeBand]), One(Genders[campaign.Gender]), One(Countries[campaign.Country]), One(Interests[campaign.Interest]));
        return new CampaignDay(
            campaign.Id, Platforms[campaign.Platform], Objectives[campaign.Objective], Formats[campaign.Format], date, audience,
            impressions, clicks, spend, conversions, value);
    }

    private static IReadOnlyDictionary<string, double> One(string value) => new Dictionary<string, double>(StringComparer.Ordinal) { [value] = 1 };

    /// <summary>A count with mean <paramref name="mean"/> and Poisson-like spread (normal approximation, at least zero).</summary>
    private static double Counted(double mean, Random random) => Math.Max(0, Math.Round(mean + (Math.Sqrt(mean) * Normal(random))));

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
