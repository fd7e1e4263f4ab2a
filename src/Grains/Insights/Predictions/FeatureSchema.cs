using System.Text.Json.Serialization;

namespace GrainMarketing.Insights.Predictions;

/// <summary>How a campaign-day becomes the models' feature vector: the values seen in training and the typical values that stand in for what a plan leaves open.</summary>
/// <remarks>
/// Categories are one slot per value seen in training (an unseen value fills none); audience dimensions are
/// one slot per value holding its share, the rarer countries and interests pooled into "other". A plan that
/// does not target a dimension gets the tenant's typical mix, and a campaign without recent history the
/// typical rates, with the has-history slot telling the two apart.
/// </remarks>
public sealed record FeatureSchema(
    IReadOnlyList<string> Platforms,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> CreativeFormats,
    IReadOnlyList<string> Ages,
    IReadOnlyList<string> Genders,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Interests,
    AudienceMix TypicalAudience,
    RecentRates TypicalRates,
    double TypicalSpend)
{
    public const string Other = "other";
    public const string NotSet = "none";
    private const int MaxCountries = 10;
    private const int MaxInterests = 20;
    private const int RecentSlots = 6;

    /// <summary>The schema of <paramref name="training"/>: its vocabularies and typical values.</summary>
    public static FeatureSchema Build(IReadOnlyList<CampaignDay> training, IReadOnlyList<RecentRates?> recent)
    {
        var sumSpend = training.Sum(day => day.Spend);
        var typicalRates = RecentRates.From(
            training.Sum(day => day.Impressions), training.Sum(day => day.Clicks), sumSpend,
            training.Sum(day => day.Conversions), training.Sum(day => day.ConversionValue))
            ?? new RecentRates(0, 0, 0, 0, 0);
        return new FeatureSchema(
            Vocabulary(training.Select(day => day.Platform), int.MaxValue),
            Vocabulary(training.Select(day => Category(day.Objective)), int.MaxValue),
            Vocabulary(training.Select(day => Category(day.CreativeFormat)), int.MaxValue),
            Vocabulary(training.SelectMany(day => day.Audience.Ages.Keys), int.MaxValue),
            Vocabulary(training.SelectMany(day => day.Audience.Genders.Keys), int.MaxValue),
            [.. Vocabulary(training.SelectMany(day => day.Audience.Countries.Keys), MaxCountries), Other],
            [.. Vocabulary(training.SelectMany(day => day.Audience.Interests.Keys), MaxInterests), Other],
            Typical(training),
            typicalRates,
            training.Count == 0 ? 0 : sumSpend / training.Count);
    }

    /// <summary>The named features in slot order.</summary>
    public IReadOnlyList<FeatureGroup> Groups()
    {
        var sizes = new (string Name, int Length)[]
        {
            ("platform", Platforms.Count), ("objective", Objectives.Count), ("creativeFormat", CreativeFormats.Count),
            ("dailyBudget", 1), ("ageBands", Ages.Count), ("genders", Genders.Count), ("countries", Countries.Count),
            ("interests", Interests.Count), ("recentHistory", RecentSlots),
        };
        var groups = new List<FeatureGroup>();
        var start = 0;
        foreach (var (name, length) in sizes)
        {
            groups.Add(new FeatureGroup(name, start, length));
            start += length;
        }

        return groups;
    }

    /// <summary>How many slots a feature vector has.</summary>
    [JsonIgnore]
    public int Width => Groups().Sum(group => group.Length);

    /// <summary>The slot that holds the day's spend (the planned daily budget).</summary>
    [JsonIgnore]
    public int SpendSlot => Groups().Single(group => group.Name == "dailyBudget").Start;

    /// <summary>The feature vector of <paramref name="input"/>.</summary>
    public float[] Encode(FeatureInput input)
    {
        var vector = new float[Width];
        var slot = 0;
        slot = OneHot(vector, slot, Platforms, input.Platform);
        slot = OneHot(vector, slot, Objectives, Category(input.Objective));
        slot = OneHot(vector, slot, CreativeFormats, Category(input.CreativeFormat));
        vector[slot++] = (float)input.Spend;
        slot = Shares(vector, slot, Ages, Or(input.Audience.Ages, TypicalAudience.Ages), pooled: false);
        slot = Shares(vector, slot, Genders, Or(input.Audience.Genders, TypicalAudience.Genders), pooled: false);
        slot = Shares(vector, slot, Countries, Or(input.Audience.Countries, TypicalAudience.Countries), pooled: true);
        slot = Shares(vector, slot, Interests, Or(input.Audience.Interests, TypicalAudience.Interests), pooled: true);
        var rates = input.Recent ?? TypicalRates;
        vector[slot++] = input.Recent is null ? 0 : 1;
        vector[slot++] = (float)rates.ImpressionsPerSpend;
        vector[slot++] = (float)rates.ClickThroughRate;
        vector[slot++] = (float)rates.ConversionsPerClick;
        vector[slot++] = (float)rates.ConversionsPerSpend;
        vector[slot] = (float)rates.ValuePerSpend;
        return vector;
    }

    /// <summary>The category a missing or blank value counts as, and every value in lower case.</summary>
    public static string Category(string? value) => string.IsNullOrWhiteSpace(value) ? NotSet : value.Trim().ToLowerInvariant();

    private static IReadOnlyList<string> Vocabulary(IEnumerable<string> values, int max) =>
        [.. values.GroupBy(value => value, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
            .Take(max).Select(group => group.Key).Order(StringComparer.Ordinal)];

    private static AudienceMix Typical(IReadOnlyList<CampaignDay> training)
    {
        IReadOnlyDictionary<string, double> Mean(Func<AudienceMix, IReadOnlyDictionary<string, double>> dimension) =>
            AudienceMix.Shares(training.SelectMany(day => dimension(day.Audience).Select(share => KeyValuePair.Create(share.Key, share.Value * day.Impressions))));
        return new AudienceMix(Mean(mix => mix.Ages), Mean(mix => mix.Genders), Mean(mix => mix.Countries), Mean(mix => mix.Interests));
    }

    private static IReadOnlyDictionary<string, double> Or(IReadOnlyDictionary<string, double> given, IReadOnlyDictionary<string, double> typical) =>
        given.Count > 0 ? given : typical;

    private static int OneHot(float[] vector, int slot, IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            vector[slot + i] = string.Equals(values[i], value, StringComparison.Ordinal) ? 1 : 0;
        }

        return slot + values.Count;
    }

    private static int Shares(float[] vector, int slot, IReadOnlyList<string> values, IReadOnlyDictionary<string, double> shares, bool pooled)
    {
        foreach (var (value, share) in shares)
        {
            var index = IndexOf(values, value);
            if (index < 0 && pooled)
            {
                index = values.Count - 1;
            }

            if (index >= 0)
            {
                vector[slot + index] += (float)share;
            }
        }

        return slot + values.Count;
    }

    private static int IndexOf(IReadOnlyList<string> values, string value)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (string.Equals(values[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
