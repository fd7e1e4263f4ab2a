using System.Globalization;

namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>Builds the believable accounts from the seed: the same seed gives the same ids, names and budgets.</summary>
public static class Seeder
{
    private static readonly string[] Currencies = ["EUR", "USD", "GBP"];
    private static readonly string[] Zones = ["Europe/Berlin", "America/New_York", "Europe/London"];
    private static readonly string[] Markets = ["DE", "US", "UK"];
    private static readonly string[] Brands = ["Nordlicht Outdoor", "Harbor & Pine", "Kestrel Coffee"];
    private static readonly string[] Themes = ["Prospecting", "Retargeting", "Brand", "Winter Sale", "New Arrivals", "Lookalike 3%"];
    private static readonly string[] Audiences = ["Broad 18-65", "Cart abandoners 7d", "Site visitors 30d", "Interest: hiking", "Customers LAL", "Women 25-44"];
    private static readonly string[] Creatives = ["Video 15s", "Carousel", "Static hero", "UGC testimonial"];

    public static IReadOnlyList<AdAccount> Build(FakeOptions options)
    {
        var accounts = new List<AdAccount>();
        foreach (var platform in PlatformFacts.All)
        {
            for (var i = 0; i < Math.Clamp(options.AccountsPerPlatform, 1, 3); i++)
            {
                var random = new Random(unchecked((options.Seed * 7919) + ((int)platform * 131) + i));
                accounts.Add(Account(platform, i, options, random, accounts.Count));
            }
        }

        return accounts;
    }

    private static AdAccount Account(Platform platform, int index, FakeOptions options, Random random, int ordinal)
    {
        var campaigns = new List<Campaign>();
        for (var c = 0; c < options.CampaignsPerAccount; c++)
        {
            campaigns.Add(NewCampaign(platform, index, c, random, (ordinal * 1_000_000L) + (c * 100L)));
        }

        return new AdAccount
        {
            Platform = platform,
            Id = platform switch
            {
                Platform.Meta => Digits(random, "10", 15),
                Platform.Google => Digits(random, "", 10),
                Platform.TikTok => Digits(random, "7", 19),
                _ => Uuid(random),
            },
            Name = $"{Brands[index]} {Markets[index]}",
            Currency = Currencies[index],
            TimeZone = Zones[index],
            Campaigns = campaigns,
        };
    }

    private static Campaign NewCampaign(Platform platform, int market, int number, Random random, long keyBase)
    {
        var adSets = new List<AdSet>();
        for (var s = 0; s < 2; s++)
        {
            var ads = new List<Ad>();
            for (var a = 0; a < 2; a++)
            {
                ads.Add(new Ad(EntityId(platform, random), $"{Creatives[random.Next(Creatives.Length)]} v{a + 1}", keyBase + (s * 10) + a));
            }

            var budget = random.Next(20, 120) * 100L;
            adSets.Add(new AdSet { Id = EntityId(platform, random), Name = Audiences[random.Next(Audiences.Length)], Ads = ads, DailyBudgetMinor = budget });
        }

        var seedBudget = random.Next(40, 400) * 100L;
        return new Campaign
        {
            Id = EntityId(platform, random),
            Name = string.Create(CultureInfo.InvariantCulture, $"{Markets[market]} | {Themes[(number + market) % Themes.Length]}{(number < Themes.Length ? "" : $" {(number / Themes.Length) + 1}")} | {Objective(platform, number)}"),
            Objective = Objective(platform, number),
            BudgetId = Digits(random, "", 11),
            SeedBudgetMinor = seedBudget,
            DailyBudgetMinor = seedBudget,
            CpmMinor = random.Next(400, 1_600),
            AovMinor = random.Next(2_500, 12_000),
            AdSets = adSets,
            // The last campaign of each account was paused before today: history, no longer spending.
            SeedActive = number != 3,
            Active = number != 3,
        };
    }

    // Objective names as each platform spells them (Meta ODAX outcomes; Google advertising channel types;
    // TikTok objective_type; Snapchat's objectives: unsure, Snapchat renamed them in 2024-2025).
    private static string Objective(Platform platform, int number) => platform switch
    {
        Platform.Meta => new[] { "OUTCOME_SALES", "OUTCOME_TRAFFIC", "OUTCOME_AWARENESS", "OUTCOME_LEADS" }[number % 4],
        Platform.Google => new[] { "SEARCH", "PERFORMANCE_MAX", "DISPLAY", "VIDEO" }[number % 4],
        Platform.TikTok => new[] { "WEB_CONVERSIONS", "TRAFFIC", "REACH", "VIDEO_VIEWS" }[number % 4],
        _ => new[] { "SALES", "TRAFFIC", "AWARENESS_AND_ENGAGEMENT", "LEADS" }[number % 4],
    };

    private static string EntityId(Platform platform, Random random) => platform switch
    {
        Platform.Meta => Digits(random, "1202", 18),
        Platform.Google => Digits(random, "", 11),
        Platform.TikTok => Digits(random, "17", 19),
        _ => Uuid(random),
    };

    private static string Digits(Random random, string prefix, int length)
    {
        var chars = prefix.ToCharArray().Concat(Enumerable.Range(0, length - prefix.Length).Select(_ => (char)('0' + random.Next(10)))).ToArray();
        if (chars[0] == '0')
        {
            chars[0] = '1';
        }

        return new string(chars);
    }

    private static string Uuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes).ToString();
    }
}
