using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>
/// How many times each account-day has been restated. Every restatement adds late conversions to that
/// day (see <see cref="Ledger"/>); which days a tick restates is drawn from the seed and the tick's number,
/// so the same seed and the same number of ticks give the same numbers.
/// </summary>
public sealed class Restatements(IOptions<FakeOptions> options)
{
    private readonly ConcurrentDictionary<(string Account, DateOnly Day), int> _revisions = new();
    private int _ticks;

    public int Revision(AdAccount account, DateOnly day) => _revisions.GetValueOrDefault((account.Id, day));

    /// <summary>Restates one day now and returns its new revision.</summary>
    public int Restate(AdAccount account, DateOnly day) => _revisions.AddOrUpdate((account.Id, day), 1, (_, r) => r + 1);

    /// <summary>One tick of the restatement clock: about a third of each account's window days get late conversions.</summary>
    public void Tick(IEnumerable<AdAccount> accounts, Func<AdAccount, DateOnly> today)
    {
        var tick = Interlocked.Increment(ref _ticks);
        foreach (var account in accounts)
        {
            var last = today(account);
            for (var back = 0; back < PlatformFacts.RestatementDays(account.Platform); back++)
            {
                var day = last.AddDays(-back);
                var draw = Noise.Unit(Noise.Mix(options.Value.Seed, account.Id.GetHashCodeStable(), day.DayNumber, tick));
                if (draw < 0.35)
                {
                    Restate(account, day);
                }
            }
        }
    }

    public void Reset()
    {
        _revisions.Clear();
        Interlocked.Exchange(ref _ticks, 0);
    }
}
