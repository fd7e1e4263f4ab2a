using Orleans.Concurrency;

namespace GrainMarketing.Connectors;

/// <summary>Pushes the changes rules, recommendations and the optimiser make to one connected ad account (key <see cref="AccountRef.Key"/>), confirms them by reading back, and records each one's state on its campaign.</summary>
public interface IAccountWriteBackGrain : IGrainWithStringKey
{
    /// <summary>A hint that the campaign has changes waiting: one-way, may be lost (a reminder looks at every campaign of the account).</summary>
    [OneWay]
    Task PushSoonAsync(string campaignId);

    /// <summary>One-way: the account has campaigns (a sync found them), so its reminder must run even before any hint arrives.</summary>
    [OneWay]
    Task WatchAsync();
}
