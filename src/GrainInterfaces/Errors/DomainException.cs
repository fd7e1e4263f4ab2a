namespace GrainMarketing.Errors;

/// <summary>A business rule said no.</summary>
/// <remarks>
/// Grains throw these; the API host maps each kind to one HTTP status with a problem-details body, so
/// callers never see a stack trace for an expected refusal.
/// </remarks>
[GenerateSerializer, Alias("GrainMarketing.DomainException")]
public abstract class DomainException(string message) : Exception(message);
