namespace GrainMarketing.Alerts;

/// <summary>Sends one attempt to its channel's receiver; a failure is an answer, not an exception.</summary>
public interface IAlertTransport
{
    Task<AttemptResult> SendAsync(DeliveryJob job, CancellationToken cancellationToken);
}
