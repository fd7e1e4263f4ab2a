using GrainMarketing.Metrics;

namespace GrainMarketing.Connectors.Sync;

/// <summary>The platforms' enum spellings of age bands and genders in our labels.</summary>
public static class PlatformLabels
{
    /// <summary>Google's <c>AGE_RANGE_25_34</c> and TikTok's <c>AGE_25_34</c> as <c>25-34</c>; <c>..._65_UP</c> / <c>AGE_55_100</c> as 65+ or unknown as they fit; Meta's bands pass through.</summary>
    public static string Age(string? value)
    {
        var text = (value ?? "").Replace("AGE_RANGE_", "", StringComparison.Ordinal).Replace("AGE_", "", StringComparison.Ordinal);
        text = text.EndsWith("_UP", StringComparison.Ordinal) ? text[..^3] + "+" : text.Replace('_', '-');
        return DemographicLabels.NormalizeAge(text);
    }

    /// <summary><c>MALE</c>, <c>FEMALE</c>, <c>UNDETERMINED</c>, <c>NONE</c> and Meta's lower case as female, male or unknown.</summary>
    public static string Gender(string? value) => DemographicLabels.NormalizeGender(value);
}
