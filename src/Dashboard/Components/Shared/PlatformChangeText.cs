using GrainMarketing.Dashboard.Api.Client.Models;
using MudBlazor;

namespace GrainMarketing.Dashboard.Components.Shared;

/// <summary>How the automation panel words where a change for the platform stands, and why.</summary>
public static class PlatformChangeText
{
    public static string State(PlatformChangeState? state) => state switch
    {
        PlatformChangeState.Sent => "sent",
        PlatformChangeState.Confirmed => "confirmed",
        PlatformChangeState.Failed => "failed",
        PlatformChangeState.DryRun => "dry run",
        _ => "pending",
    };

    public static Color Colour(PlatformChangeState? state) => state switch
    {
        PlatformChangeState.Confirmed => Color.Success,
        PlatformChangeState.Failed => Color.Error,
        PlatformChangeState.Sent => Color.Info,
        _ => Color.Default,
    };

    /// <summary>The reason, what was sent in the platform's form, and when a waiting change is tried again.</summary>
    public static string Detail(PendingPlatformChange change)
    {
        var parts = new List<string>();
        if (change.Reason is { Length: > 0 } reason)
        {
            parts.Add(reason);
        }

        if (change.Sent is { Length: > 0 } sent)
        {
            parts.Add(change.State == PlatformChangeState.DryRun ? $"would send {sent}" : sent);
        }

        if (change.State == PlatformChangeState.Pending && change.RetryAt is { } retry)
        {
            parts.Add($"retry at {retry.ToUniversalTime():yyyy-MM-dd HH:mm} UTC");
        }

        return string.Join(" · ", parts);
    }
}
