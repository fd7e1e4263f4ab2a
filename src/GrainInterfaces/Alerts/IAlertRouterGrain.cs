namespace GrainMarketing.Alerts;

/// <summary>
/// A tenant's alert channels and their deliveries (keyed by the tenant's slug). Rules and the
/// restatement checks raise alerts here; it routes each to the channels that take its severity.
/// </summary>
public interface IAlertRouterGrain : IGrainWithStringKey
{
    /// <summary>
    /// Records the alert and starts its deliveries at once; retries go on in the background. Completes
    /// without waiting for any receiver, so a rule's turn never waits on a slow webhook.
    /// </summary>
    Task RaiseAsync(Alert alert);
}
