namespace GrainMarketing.Dashboard.Tenants;

/// <summary>
/// The current tenant's <see cref="TenantClock"/>, cascaded once by the layout and changed in place: the layout never re-renders for it
/// (that would hand every page its parameters again and reload it); the moments shown re-render themselves on <see cref="Changed"/>.
/// </summary>
public sealed class TenantClockSource
{
    public TenantClock Current { get; private set; } = TenantClock.Utc;

    public event Action? Changed;

    public void Set(TenantClock clock)
    {
        if (clock != Current)
        {
            Current = clock;
            Changed?.Invoke();
        }
    }
}
