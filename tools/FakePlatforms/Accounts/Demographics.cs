namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>
/// The six age bands and three genders every cell is drawn for, and each platform's words for them.
/// Where a platform's bands are coarser the labels repeat and the cells add up under one label.
/// </summary>
public static class Demographics
{
    public const int AgeBands = 6;
    public const int Genders = 3;

    public static readonly double[] AgeWeights = [0.16, 0.28, 0.22, 0.16, 0.11, 0.07];
    public static readonly double[] GenderWeights = [0.47, 0.50, 0.03];

    public static string Age(Platform platform, int band) => platform switch
    {
        Platform.Meta => new[] { "18-24", "25-34", "35-44", "45-54", "55-64", "65+" }[band],
        Platform.Google => new[] { "AGE_RANGE_18_24", "AGE_RANGE_25_34", "AGE_RANGE_35_44", "AGE_RANGE_45_54", "AGE_RANGE_55_64", "AGE_RANGE_65_UP" }[band],
        // TikTok's top band is AGE_55_100.
        Platform.TikTok => new[] { "AGE_18_24", "AGE_25_34", "AGE_35_44", "AGE_45_54", "AGE_55_100", "AGE_55_100" }[band],
        // Snapchat's demographic bands: unsure (its docs list 18-20, 21-24, 25-34, 35+ in places); the fake answers 18-24, 25-34, 35+.
        _ => new[] { "18-24", "25-34", "35+", "35+", "35+", "35+" }[band],
    };

    public static string Gender(Platform platform, int gender) => platform switch
    {
        Platform.Meta => new[] { "female", "male", "unknown" }[gender],
        Platform.Google => new[] { "FEMALE", "MALE", "UNDETERMINED" }[gender],
        Platform.TikTok => new[] { "FEMALE", "MALE", "NONE" }[gender],
        // Snapchat's third gender value: unsure.
        _ => new[] { "FEMALE", "MALE", "OTHER" }[gender],
    };
}
