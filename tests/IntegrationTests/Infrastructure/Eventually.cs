namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>
/// Waits for what happens asynchronously (stream delivery, a timer, another process) by reading until
/// the answer is the one expected. Shared with the grain tests, so every test waits the same way.
/// </summary>
public static class Eventually
{
    /// <summary>How long a condition may take to hold unless a caller says otherwise: generous, as a passing test never waits it out.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Reads until <paramref name="done"/> accepts the answer or <paramref name="within"/> has passed, and
    /// returns the last answer, so the assertion after it shows what was read. A read that throws counts
    /// as not done yet (the thing read may not exist yet); at the deadline its exception is thrown.
    /// </summary>
    public static async Task<T> ReadAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? DefaultTimeout);
        while (true)
        {
            try
            {
                var answer = await read();
                if (done(answer) || DateTime.UtcNow > deadline)
                {
                    return answer;
                }
            }
            catch (Exception) when (DateTime.UtcNow <= deadline)
            {
            }

            await Task.Delay(Interval);
        }
    }

    /// <summary>Whether <paramref name="condition"/> came to hold within <paramref name="within"/>.</summary>
    public static Task<bool> HoldsAsync(Func<Task<bool>> condition, TimeSpan? within = null) =>
        ReadAsync(condition, holds => holds, within);
}
