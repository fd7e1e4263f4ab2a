namespace GrainMarketing.Alerts;

/// <summary>What a reported attempt did to its delivery, and the alert's final status when that was its last open delivery.</summary>
public sealed record DeliveryStep(PendingDelivery Delivery, DeliveryOutcome Outcome, AlertStatus? AlertStatus);
