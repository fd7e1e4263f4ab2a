namespace GrainMarketing.Profiles;

/// <summary>Drains a tenant's pattern clock (keyed by the tenant's slug): every passed minute's customers are asked to judge their patterns again.</summary>
/// <remarks>Runs while the tenant has profiles waiting on time.</remarks>
public interface IPatternClockDriverGrain : IGrainWithStringKey
{
    /// <summary>Starts driving the clock, if it is not driven yet.</summary>
    Task EnsureAsync();

    /// <summary>Drains every minute up to now that is not drained yet; answers how many customers were asked.</summary>
    Task<int> DrainAsync();
}
