namespace GrainMarketing.Metrics;

/// <summary>Normalises the demographic values platforms and exports spell in many ways.</summary>
public static class DemographicLabels
{
    public const string Unknown = "unknown";

    /// <summary>The platforms' age bands, youngest first, then <see cref="Unknown"/>.</summary>
    public static readonly IReadOnlyList<string> AgeBands = ["13-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+", Unknown];

    /// <summary>The platform age band for an age label, or unknown.</summary>
    /// <remarks>
    /// The platform band for an age label: platform bands pass through; narrower bands that fit inside one
    /// platform band (the KAG export's 30-34, 35-39, …) map to it; "65 or more", "65+" and similar to 65+;
    /// anything unreadable, or a band that straddles two platform bands, to unknown.
    /// </remarks>
    public static string NormalizeAge(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return Unknown;
        }

        var text = label.Trim().ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (text.EndsWith('+') || text.Contains("ormore", StringComparison.Ordinal) || text.Contains("andover", StringComparison.Ordinal))
        {
            return int.TryParse(new string([.. text.TakeWhile(char.IsDigit)]), out var from) && from >= 65 ? "65+" : Unknown;
        }

        var parts = text.Split('-', 2);
        if (parts.Length != 2 || !int.TryParse(parts[0], out var low) || !int.TryParse(parts[1], out var high) || low > high)
        {
            return Unknown;
        }

        var lowBand = BandOf(low);
        return lowBand == BandOf(high) ? lowBand : Unknown;
    }

    /// <summary>female, male or unknown from the spellings exports use (F, M, Female, male, women, …).</summary>
    public static string NormalizeGender(string? label) => label?.Trim().ToLowerInvariant() switch
    {
        "f" or "female" or "women" or "woman" => "female",
        "m" or "male" or "men" or "man" => "male",
        _ => Unknown,
    };

    private static string BandOf(int age) => age switch
    {
        < 13 => Unknown,
        <= 17 => "13-17",
        <= 24 => "18-24",
        <= 34 => "25-34",
        <= 44 => "35-44",
        <= 54 => "45-54",
        <= 64 => "55-64",
        _ => "65+",
    };
}
