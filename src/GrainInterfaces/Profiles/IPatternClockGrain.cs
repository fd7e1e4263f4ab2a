namespace GrainMarketing.Profiles;

/// <summary>The customers whose patterns time alone changes in one minute, keyed <c>{tenant}/{yyyyMMddHHmm}</c> (UTC).</summary>
/// <remarks>
/// Profiles register the minute of their next change (leaving new, becoming inactive), and the tenant's
/// <see cref="IPatternClockDriverGrain"/> drains each minute as it passes. No scan over all customers, and
/// no profile stays active waiting.
/// </remarks>
public interface IPatternClockGrain : IGrainWithStringKey
{
    Task RegisterAsync(string userId);

    /// <summary>The customers registered for this minute; the minute is empty afterwards.</summary>
    Task<IReadOnlyList<string>> DrainAsync();
}
