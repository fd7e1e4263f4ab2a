namespace GrainMarketing.Alerts;

/// <summary>The silo's sender as a router sees it: a queue that takes an attempt without waiting.</summary>
public interface IAlertDeliveryQueue
{
    /// <summary>Queues the attempt and returns at once; false when the queue is full.</summary>
    bool TryEnqueue(DeliveryJob job);
}
