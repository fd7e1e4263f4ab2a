using GrainMarketing.Campaigns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Streaming;

[GrainType("journal-maintenance")]
public sealed partial class JournalMaintenanceGrain(
    IMetricJournal journal,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IOptions<JournalOptions> options,
    ILogger<JournalMaintenanceGrain> logger) : Grain, IJournalMaintenanceGrain, IRemindable
{
    private const string Reminder = "prune-journal";
    private readonly ILogger<JournalMaintenanceGrain> _logger = logger;

    public async Task StartAsync() =>
        await this.RegisterOrUpdateReminder(Reminder, options.Value.PrunePeriod, options.Value.PrunePeriod);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var removed = await journal.PruneAsync(MetricStreams.Provider, clock.GetUtcNow() - options.Value.Retention, CancellationToken.None);
        LogPruned(removed, options.Value.Retention);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Rows} delivered journal rows older than {Retention}")]
    private partial void LogPruned(long rows, TimeSpan retention);
}
