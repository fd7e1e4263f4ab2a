using System.Globalization;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Metrics;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Audience;

/// <summary>The query string of <c>GET /api/v1/tenants/{tenant}/audience/insight</c> as sent.</summary>
/// <param name="Dimension">age, gender, age,gender (the cross of the two), interest, country or region.</param>
/// <param name="Window">The last N days, today included: 28d (four weeks, the saturation test's minimum) to 84d.</param>
public sealed record AudienceInsightQueryString(
    [FromQuery(Name = "dimension")] string Dimension = "age",
    [FromQuery(Name = "window")] string Window = "28d")
{
    public const int MinDays = 28;

    /// <summary>Twelve weeks: well inside the 90 days segments keep their days in memory, whatever the tenant's time zone.</summary>
    public const int MaxDays = 84;

    private static readonly Dimension[] Allowed = [Metrics.Dimension.Age, Metrics.Dimension.Gender, Metrics.Dimension.Interest, Metrics.Dimension.Country, Metrics.Dimension.Region];

    /// <summary>The dimension (whether it is the age x gender cross, and its label) and the window's days; every bad value is added to <paramref name="errors"/>.</summary>
    public (Dimension Dimension, bool Cross, string Label, int Days) Read(ValidationErrors errors)
    {
        var cross = Dimension.Replace(" ", "", StringComparison.Ordinal).Equals("age,gender", StringComparison.OrdinalIgnoreCase);
        var dimension = cross ? Metrics.Dimension.Age : QueryValues.Named<Dimension>(Dimension, "dimension", errors, DimensionReason) ?? Metrics.Dimension.Age;
        if (!cross && !errors.Contains("dimension") && !Allowed.Contains(dimension))
        {
            errors.Add("dimension", DimensionReason);
        }

        return (dimension, cross, cross ? "age,gender" : dimension.ToString().ToLowerInvariant(), Days(errors));
    }

    private static string DimensionReason => $"Must be one of {string.Join(", ", Allowed.Select(d => d.ToString().ToLowerInvariant()))}, or age,gender.";

    private int Days(ValidationErrors errors)
    {
        var text = Window.Trim();
        if (!text.EndsWith('d') || !int.TryParse(text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var days))
        {
            errors.Add("window", $"Must be a number of days such as 28d, from {MinDays}d to {MaxDays}d.");
            return 0;
        }

        if (days < MinDays)
        {
            errors.Add("window", $"Too short: the saturation test needs four whole weeks, so at least {MinDays}d.");
        }
        else if (days > MaxDays)
        {
            errors.Add("window", $"Too long: at most {MaxDays}d, the days every segment keeps in memory.");
        }

        return days;
    }
}
