using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace GrainMarketing.Alerts;

/// <summary>The <c>GrainMarketing.Alerts</c> meter: attempts by channel type and outcome, and how long they took.</summary>
public sealed class AlertInstruments
{
    public const string MeterName = "GrainMarketing.Alerts";

    private readonly Counter<long> _attempts;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _queueFull;

    public AlertInstruments(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _attempts = meter.CreateCounter<long>("grainmarketing.alerts.attempts", "{attempt}", "Delivery attempts by channel type and whether they were delivered");
        _duration = meter.CreateHistogram<double>("grainmarketing.alerts.attempt.duration", "s", "Time from an attempt's start to its receiver's answer");
        _queueFull = meter.CreateCounter<long>("grainmarketing.alerts.queue_full", "{attempt}", "Attempts the sender's full queue turned away, to be tried again");
    }

    public void Attempted(AlertChannelType type, bool delivered, TimeSpan duration)
    {
        var tags = new TagList { { "channel.type", type.ToString().ToLowerInvariant() }, { "delivered", delivered } };
        _attempts.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
    }

    public void QueueFull() => _queueFull.Add(1);
}
