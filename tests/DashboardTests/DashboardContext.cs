using MudBlazor.Services;

namespace GrainMarketing.DashboardTests;

/// <summary>A bUnit context with the component library's services; its JavaScript calls answer nothing (charts draw in the browser tests).</summary>
public abstract class DashboardContext : BunitContext
{
    protected DashboardContext()
    {
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }
}
