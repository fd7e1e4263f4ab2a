using System.Globalization;

namespace GrainMarketing.Dashboard.Tenants;

/// <summary>Writes moments in the tenant's time zone (its days, its daily analysis hour), the same whatever the server's zone or culture.</summary>
/// <remarks>Cascaded by the layout from the tenant's settings; a page outside a tenant, or a zone this server does not know, writes UTC.</remarks>
public sealed record TenantClock(TimeZoneInfo Zone)
{
    /// <summary>Date and minute, unambiguous in every country: 2026-12-07 14:05.</summary>
    public const string Minute = "yyyy-MM-dd HH:mm";

    public const string Second = "HH:mm:ss";

    public static readonly TenantClock Utc = new(TimeZoneInfo.Utc);

    public static TenantClock Of(string? timeZone) =>
        timeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? new TenantClock(zone) : Utc;

    public string Format(DateTimeOffset at, string format = Minute) =>
        TimeZoneInfo.ConvertTime(at, Zone).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>The moment written, or an empty text when there is none.</summary>
    public string Format(DateTimeOffset? at, string format = Minute) => at is { } moment ? Format(moment, format) : "";
}
