namespace GrainMarketing.Alerts;

/// <summary>One attempt handed to the silo's sender: the alert, the channel as it is now (secret included) and the attempt's number.</summary>
public sealed record DeliveryJob(string Tenant, Guid AlertId, Guid DeliveryId, int Attempt, Alert Alert, StoredAlertChannel Channel);
