using GrainMarketing.Campaigns;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary>The reporting window of a query string as sent, shared by every endpoint that reports over a window.</summary>
/// <param name="Window">15m, 1h, 24h, today, yesterday, 7d or 30d (the default), or custom with from and to.</param>
/// <param name="From">The first reporting date of a custom window (yyyy-MM-dd).</param>
/// <param name="To">The last reporting date of a custom window (yyyy-MM-dd).</param>
public sealed record ReportingWindowQuery(
    [FromQuery(Name = "window")] string? Window = null,
    [FromQuery(Name = "from")] string? From = null,
    [FromQuery(Name = "to")] string? To = null)
{
    /// <summary>What the window covers for a tenant in <paramref name="zone"/> at <paramref name="now"/>; a 400 for a bad window.</summary>
    public QueryWindow Resolve(TimeZoneInfo zone, DateTimeOffset now) => ReportingWindow.Resolve(Window, From, To, zone, now);
}
