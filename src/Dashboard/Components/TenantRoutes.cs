namespace GrainMarketing.Dashboard.Components;

/// <summary>Every tenant page lives under <c>/t/{tenant}/</c>, so a URL names its tenant and can be shared.</summary>
public static class TenantRoutes
{
    public static string Page(string tenant, string page) => $"t/{Uri.EscapeDataString(tenant)}/{page}";

    public static string Campaign(string tenant, string campaignKey) => Page(tenant, "campaigns/" + Uri.EscapeDataString(campaignKey));

    /// <summary>The tenant the current URL names, or null outside tenant pages.</summary>
    public static string? TenantOf(Microsoft.AspNetCore.Components.NavigationManager navigation)
    {
        var parts = navigation.ToBaseRelativePath(navigation.Uri).Split('?', '#')[0].Split('/');
        return parts is ["t", { Length: > 0 } tenant, ..] ? Uri.UnescapeDataString(tenant) : null;
    }
}
