using GrainMarketing.Dashboard.Api.Client;
using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Tenants;

/// <summary>The signed-in person's tenants and roles, read once per circuit: the menu and the buttons a role may see.</summary>
/// <remarks>Only what to show depends on it; the API still decides every action, so a stale role costs a refused click, never access.</remarks>
public sealed class MyTenants(GrainMarketingApi api)
{
    private Task<IReadOnlyList<MyTenantResponse>>? _all;

    public Task<IReadOnlyList<MyTenantResponse>> AllAsync() => _all ??= LoadAsync();

    /// <summary>After creating or leaving a tenant.</summary>
    public void Forget() => _all = null;

    public async Task<TenantRole?> RoleAsync(string tenant) => (await AllAsync()).FirstOrDefault(mine => mine.Tenant?.Id == tenant)?.Role;

    private async Task<IReadOnlyList<MyTenantResponse>> LoadAsync()
    {
        try
        {
            return await api.Api.V1.Tenants.GetAsync() ?? [];
        }
        catch
        {
            _all = null;
            throw;
        }
    }
}
