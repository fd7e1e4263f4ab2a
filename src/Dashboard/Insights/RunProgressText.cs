using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Insights;

/// <summary>How a long run's progress reads: its phase, the share done and the time still expected.</summary>
public static class RunProgressText
{
    public static string Of(RunProgress? progress)
    {
        if (progress is null)
        {
            return "waiting to start";
        }

        var done = Math.Round(100 * (progress.Fraction ?? 0)).ToString(CultureInfo.InvariantCulture) + "%";
        return $"{progress.Phase}: {done} done, {TimeLeft(progress.EstimatedSecondsLeft)}";
    }

    /// <summary>"about 40 s left", "about 3 min left", or that nothing measured supports an estimate yet.</summary>
    public static string TimeLeft(double? seconds) => seconds switch
    {
        null => "time left not known yet",
        < 90 => $"about {Math.Ceiling(seconds.Value).ToString(CultureInfo.InvariantCulture)} s left",
        _ => $"about {Math.Ceiling(seconds.Value / 60).ToString(CultureInfo.InvariantCulture)} min left",
    };
}
