using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Customers;

/// <summary>How a running analysis reads: its phase, the share done, and the time it still expects to need.</summary>
public static class RunProgressText
{
    /// <summary>"judging customers · 40% done · about 12 s left"; a run that has reported nothing yet is starting.</summary>
    public static string Describe(RunProgress? progress) => progress is null
        ? "Starting…"
        : $"{progress.Phase} · {Math.Round(Percent(progress)).ToString(CultureInfo.InvariantCulture)}% done · {TimeLeft(progress.EstimatedSecondsLeft)}";

    /// <summary>Rounded up, so "about 1 s left" never shows once the run is late; null (nothing measured yet) says so instead of guessing.</summary>
    public static string TimeLeft(double? seconds) => seconds switch
    {
        null => "estimating the time left",
        < 1 => "less than a second left",
        < 60 => $"about {Math.Ceiling(seconds.Value).ToString(CultureInfo.InvariantCulture)} s left",
        _ => $"about {Math.Floor(seconds.Value / 60).ToString(CultureInfo.InvariantCulture)} min {Math.Ceiling(seconds.Value % 60).ToString(CultureInfo.InvariantCulture)} s left",
    };

    /// <summary>The progress bar's value, 0 to 100.</summary>
    public static double Percent(RunProgress? progress) => Math.Clamp((progress?.Fraction ?? 0) * 100, 0, 100);
}
