namespace GrainMarketing.Tenants;

/// <summary>What a member may do in a tenant; each role includes the ones below it.</summary>
public enum TenantRole
{
    /// <summary>Reads everything in the tenant.</summary>
    Viewer = 1,

    /// <summary>Also changes campaigns, rules and segments, and ingests data.</summary>
    Editor = 2,

    /// <summary>Also manages members, API keys, channels and settings.</summary>
    Admin = 3,
}
