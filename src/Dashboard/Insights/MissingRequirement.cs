namespace GrainMarketing.Dashboard.Insights;

/// <summary>One requirement a history falls short of, as the API names it (<c>days</c>) and states it ("28 needed, 9 recorded").</summary>
public sealed record MissingRequirement(string Name, string Shortfall)
{
    /// <summary>The requirement in a marketer's words: "Days of history: 28 needed, 9 recorded".</summary>
    public string Sentence => $"{Label}: {Shortfall}";

    private string Label => Name switch
    {
        "days" => "Days of history",
        "observedDays" => "Days with data",
        "rows" => "Campaign-days",
        "campaigns" => "Campaigns",
        "conversionDays" => "Campaign-days with a conversion",
        "liveModel" => "A trained model",
        "spendVariation" => "Variation in daily spend",
        _ => Humanised(Name),
    };

    /// <summary>"spendLevels" reads "Spend levels": the API's camelCase name split into words.</summary>
    private static string Humanised(string name)
    {
        var words = System.Text.RegularExpressions.Regex.Replace(name, "(?<=[a-z0-9])([A-Z])", " $1").ToLowerInvariant();
        return words.Length == 0 ? name : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
