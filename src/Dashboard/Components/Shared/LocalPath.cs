namespace GrainMarketing.Dashboard.Components.Shared;

/// <summary>Only paths on this site are followed after sign-in, so a crafted link cannot send people elsewhere.</summary>
public static class LocalPath
{
    public static string OrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";
}
