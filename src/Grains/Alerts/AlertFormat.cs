using System.Globalization;
using GrainMarketing.Automation;

namespace GrainMarketing.Alerts;

/// <summary>How alerts read in messages for people (Slack, email), the same in every culture.</summary>
public static class AlertFormat
{
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Label(AlertSeverity severity) => severity.ToString().ToUpperInvariant();
}
