using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Tenants;

/// <summary>One tenant (a company, agency or app team), keyed by its slug.</summary>
public interface ITenantGrain : IGrainWithStringKey
{
    /// <summary>Creates the tenant with <paramref name="adminEmail"/> as its first admin, and starts its daily schedule.</summary>
    /// <exception cref="ConflictException">The tenant exists already.</exception>
    /// <exception cref="ValidationFailedException">The slug or a setting breaks <see cref="TenantRules"/>.</exception>
    Task<TenantDetails> CreateAsync(TenantSettings settings, string adminEmail);

    /// <summary>The tenant as stored.</summary>
    /// <exception cref="NotFoundException">No tenant has this id.</exception>
    [ReadOnly]
    Task<TenantDetails> GetAsync();

    /// <summary>Changes the given settings and moves the daily schedule if its hour or zone changed.</summary>
    /// <exception cref="NotFoundException">No tenant has this id.</exception>
    /// <exception cref="ValidationFailedException">A resulting setting breaks <see cref="TenantRules"/>.</exception>
    Task<TenantDetails> UpdateSettingsAsync(TenantSettingsPatch patch);
}
