using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace GrainMarketing.Tenants;

/// <summary>What makes a tenant id and its settings valid.</summary>
/// <remarks>
/// Both the API host (to answer 400 before any grain call) and the tenant grain (so no caller can store bad
/// settings) use these rules.
/// </remarks>
public static partial class TenantRules
{
    public const int MaxDisplayNameLength = 100;

    /// <summary>Percentage points of overlap rate or outranking share a competitor must move between periods to be alerted on, unless the tenant sets its own.</summary>
    public const decimal DefaultCompetitorJumpPoints = 10m;

    /// <summary>The one answer (409) for a tenant id that is taken, whoever holds it, so it tells nothing of its owner.</summary>
    public const string IdNotAvailable = "This tenant id is not available; choose another.";

    private static readonly FrozenSet<string> IsoCurrencies = CultureInfo
        .GetCultures(CultureTypes.SpecificCultures)
        .Select(culture => new RegionInfo(culture.Name).ISOCurrencySymbol)
        .Where(code => code.Length == 3)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case letters, digits and inner hyphens, 3-40 characters: safe in URLs and grain keys.</summary>
    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]\z", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    public static bool IsValidId(string? id) => id is not null && Slug().IsMatch(id);

    /// <summary>True for an IANA zone id this machine knows (Windows ids such as "Pacific Standard Time" are refused).</summary>
    public static bool IsIanaTimeZone(string? zone) =>
        !string.IsNullOrWhiteSpace(zone)
        && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found)
        && found.HasIanaId;

    /// <summary>True for an ISO 4217 code in use by some country, upper case (for example EUR, USD, JPY).</summary>
    public static bool IsIsoCurrency(string? code) => code is not null && IsoCurrencies.Contains(code);

    /// <summary>The settings with surrounding blanks trimmed and the currency in upper case.</summary>
    public static TenantSettings Normalize(TenantSettings settings) => settings with
    {
        DisplayName = settings.DisplayName?.Trim() ?? "",
        TimeZone = settings.TimeZone?.Trim() ?? "",
        Currency = settings.Currency?.Trim().ToUpperInvariant() ?? "",
        Industry = string.IsNullOrWhiteSpace(settings.Industry) ? null : settings.Industry.Trim(),
    };

    /// <summary>Every broken rule, keyed by the JSON field name; empty when the tenant is valid.</summary>
    public static Dictionary<string, string[]> Validate(string id, TenantSettings settings)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!IsValidId(id))
        {
            errors["id"] = ["Must be 3-40 characters of lower-case letters, digits and inner hyphens (for example 'acme-shoes')."];
        }

        foreach (var (field, reasons) in Validate(settings))
        {
            errors[field] = reasons;
        }

        return errors;
    }

    /// <summary>Every broken settings rule, keyed by the JSON field name; empty when the settings are valid.</summary>
    public static Dictionary<string, string[]> Validate(TenantSettings settings)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(settings.DisplayName) || settings.DisplayName.Length > MaxDisplayNameLength)
        {
            errors["displayName"] = [$"Must be 1-{MaxDisplayNameLength} characters."];
        }

        if (!IsIanaTimeZone(settings.TimeZone))
        {
            errors["timeZone"] = [$"'{settings.TimeZone}' is not an IANA time zone id (for example 'Europe/Berlin' or 'America/New_York')."];
        }

        if (!IsIsoCurrency(settings.Currency))
        {
            errors["currency"] = [$"'{settings.Currency}' is not an ISO 4217 currency code (for example 'EUR' or 'USD')."];
        }

        if (settings.DailyAnalysisHour is < 0 or > 23)
        {
            errors["dailyAnalysisHour"] = ["Must be an hour from 0 to 23."];
        }

        if (settings.CompetitorJumpPoints is < 1m or > 100m)
        {
            errors["competitorJumpPoints"] = ["Must be from 1 to 100 percentage points."];
        }

        return errors;
    }
}
