using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Automation;

/// <summary>Who sees the buttons that change rules: the API lets editors and admins write them, viewers only read.</summary>
public static class RuleAccess
{
    public static bool MayWrite(TenantRole? role) => role is TenantRole.Editor or TenantRole.Admin;
}
