using MudBlazor;

namespace GrainMarketing.Dashboard.Components.Layout;

/// <summary>MudBlazor's light palette with status and secondary-text colours dark enough for WCAG AA contrast (4.5:1) on white and grey.</summary>
/// <remarks>
/// The defaults (secondary #ff4081, success #00c853, error #f44336, warning #ff9800, secondary text at 54% black) fall below 4.5:1 for the
/// small deltas, chips and buttons the pages draw in them; the browser tests' accessibility audit (axe-core) checks every page.
/// </remarks>
public static class DashboardTheme
{
    public static MudTheme Value { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Secondary = "#c2185b",
            Success = "#2e7d32",
            Error = "#c62828",
            Warning = "#a84d00",
            Info = "#01579b",
            TextSecondary = "rgba(0,0,0,0.64)",
            TextDisabled = "rgba(0,0,0,0.58)",
        },
    };
}
