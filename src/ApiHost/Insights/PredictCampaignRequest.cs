using System.Text.RegularExpressions;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Insights.Predictions;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Insights;

/// <summary>A planned campaign to predict, as the caller sends it.</summary>
/// <param name="Platform">meta, google, tiktok, snapchat or other.</param>
/// <param name="DailyBudget">In the tenant's currency, more than 0 and at most 10,000,000.</param>
/// <param name="Days">How many days it runs, 1 to 90.</param>
public sealed partial record PredictCampaignRequest(
    string? Platform = null,
    string? Objective = null,
    string? CreativeFormat = null,
    decimal? DailyBudget = null,
    PlannedAudienceRequest? Audience = null,
    int? Days = null)
{
    public const decimal MaxDailyBudget = 10_000_000m;
    public const int MaxDays = 90;
    private const int MaxText = 100;
    private const int MaxValues = 50;

    /// <summary>The plan, or null with every bad field added to <paramref name="errors"/>.</summary>
    public PlannedCampaign? ToPlan(ValidationErrors errors)
    {
        if (!Enum.TryParse<AdPlatform>(Platform, ignoreCase: true, out var platform) || !Enum.IsDefined(platform) || Platform!.Any(char.IsDigit))
        {
            errors.Add("platform", "Required: meta, google, tiktok, snapchat or other.");
        }

        CheckText(errors, "objective", Objective);
        CheckText(errors, "creativeFormat", CreativeFormat);
        if (DailyBudget is not { } budget || budget <= 0 || budget > MaxDailyBudget)
        {
            errors.Add("dailyBudget", $"Required: more than 0 and at most {MaxDailyBudget:N0}, in the tenant's currency.");
        }

        if (Days is not (>= 1 and <= MaxDays))
        {
            errors.Add("days", $"Required: 1 to {MaxDays}.");
        }

        var audience = Audience ?? new PlannedAudienceRequest();
        var ages = Values(errors, "audience.ageBands", audience.AgeBands, age => DemographicLabels.AgeBands.Contains(age) && age != DemographicLabels.Unknown ? age : null,
            $"Each must be a platform age band: {string.Join(", ", DemographicLabels.AgeBands.SkipLast(1))}.");
        var genders = Values(errors, "audience.genders", audience.Genders, gender => DemographicLabels.NormalizeGender(gender) is var normal && normal != DemographicLabels.Unknown ? normal : null,
            "Each must be female or male.");
        var countries = Values(errors, "audience.countries", audience.Countries, country => CountryCode().IsMatch(country) ? country.ToUpperInvariant() : null,
            "Each must be an ISO 3166 alpha-2 country code such as DE or US.");
        var interests = Values(errors, "audience.interests", audience.Interests, interest => interest.Trim() is { Length: > 0 and <= MaxText } trimmed ? trimmed : null,
            $"Each must be 1-{MaxText} characters.");
        return errors.IsEmpty
            ? new PlannedCampaign(platform.ToString().ToLowerInvariant(), Objective?.Trim(), CreativeFormat?.Trim(), DailyBudget!.Value, new PlannedAudience(ages, genders, countries, interests), Days!.Value)
            : null;
    }

    private static void CheckText(ValidationErrors errors, string field, string? value)
    {
        if (value is not null && (value.Trim().Length == 0 || value.Length > MaxText))
        {
            errors.Add(field, $"When given, 1-{MaxText} characters.");
        }
    }

    /// <summary>The normalised values of a list; each value <paramref name="normalize"/> refuses (null) is a bad field named by its index.</summary>
    private static IReadOnlyList<string> Values(ValidationErrors errors, string field, IReadOnlyList<string?>? values, Func<string, string?> normalize, string rule)
    {
        if (values is null)
        {
            return [];
        }

        if (values.Count > MaxValues)
        {
            errors.Add(field, $"At most {MaxValues} values.");
            return [];
        }

        var normalized = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value && normalize(value) is { } normal)
            {
                normalized.Add(normal);
            }
            else
            {
                errors.Add($"{field}[{i}]", rule);
            }
        }

        return normalized;
    }

    [GeneratedRegex(@"^[A-Za-z]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCode();
}
