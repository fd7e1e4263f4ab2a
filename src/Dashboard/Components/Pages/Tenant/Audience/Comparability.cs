using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Audience;

/// <summary>What a ranking can compare: which platforms its figures leave out, and why, in words a marketer reads.</summary>
public static class Comparability
{
    /// <summary>One sentence naming every platform the figures leave out with the API's reason; null when none is left out.</summary>
    public static string? Describe(string dimension, IReadOnlyList<MissingSource> missing)
    {
        if (missing.Count == 0)
        {
            return null;
        }

        var named = string.Join("; ", missing.Select(source => $"{source.Platform} ({source.Reason})"));
        var whose = missing.Count == 1 ? "Its" : "Their";
        return $"Not included in these {DimensionLabel(dimension)} figures: {named}. {whose} numbers are left out rather than mixed in.";
    }

    /// <summary>How a dimension the API names reads in a sentence.</summary>
    public static string DimensionLabel(string dimension) => dimension switch
    {
        "age,gender" => "age × gender",
        "country" => "country",
        "region" => "region",
        _ => dimension,
    };
}
