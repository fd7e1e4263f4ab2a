using Microsoft.Extensions.Options;

namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>Restates the platforms' windows every <see cref="FakeOptions.RestatementInterval"/>, so a running demo sees late conversions arrive.</summary>
public sealed class RestatementClock(IOptions<FakeOptions> options, AccountBook book, Restatements restatements, Ledger ledger, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Value.RestatementInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            restatements.Tick(book.All, ledger.Today);
        }
    }
}
